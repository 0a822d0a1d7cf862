/**
 * The value of an XML attribute from its raw text: literal tabs and line ends become spaces (XML 1.0 §3.3.3
 * attribute-value normalization; CR LF counts as one), then the five predefined entities and character
 * references are replaced. The tokenizer has already checked every reference, so nothing here can fail.
 */

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeAttributeValue(raw: string): string {
  let out = '';
  let from = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38) {
      const semi = raw.indexOf(';', i + 1);
      out += raw.slice(from, i) + referenceText(raw.slice(i + 1, semi));
      i = semi;
      from = i + 1;
    } else if (c === 9 || c === 10 || c === 13) {
      out += raw.slice(from, i) + ' ';
      if (c === 13 && i + 1 < n && raw.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** The text of a reference body (`amp`, `#10`, `#x41`); assumes it was checked. */
function referenceText(body: string): string {
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120;
    return String.fromCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  return PREDEFINED[body];
}

/** Whether `name` is one of the five entities XML predefines. */
export function isPredefinedEntity(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PREDEFINED, name);
}
