/**
 * Text for a double-quoted XML attribute value: `& < > "` as entities, tab / LF / CR as character references.
 * Nothing is dropped: characters XML 1.0 cannot carry (other C0 controls, U+FFFE/U+FFFF, lone surrogates) become
 * character references too, which procmine reads back but stricter parsers (lxml, Xerces) refuse.
 */

const SPECIAL = /[&<>"\u0000-\u001f\ufffe\uffff\ud800-\udfff]/;

export function escapeXmlAttribute(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c === 38) replacement = '&amp;';
    else if (c === 60) replacement = '&lt;';
    else if (c === 62) replacement = '&gt;';
    else if (c === 34) replacement = '&quot;';
    else if (c < 32 || c === 0xfffe || c === 0xffff) replacement = `&#${c};`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = `&#${c};`;
    }
    if (replacement !== undefined) {
      out += text.slice(from, i) + replacement;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
