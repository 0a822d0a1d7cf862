/**
 * Escaping for the XML that the model writers produce (PNML, PTML, BPMN): text and double-quoted attribute
 * values. Characters XML 1.0 cannot carry at all are dropped, since ProM's and pm4py's parsers refuse them.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes `& < > "` and keeps tabs and line breaks as character references, so they survive in attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
