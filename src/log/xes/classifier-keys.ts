/**
 * The `keys` of an XES `<classifier>`: attribute keys separated by spaces, a key containing spaces written in
 * single quotes (`keys="concept:name 'my key'"`). Deliberate difference from pm4py, which splits on the quotes
 * and keeps the spaces around unquoted keys.
 */

export function parseClassifierKeys(text: string): string[] {
  const keys: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    if (text.charCodeAt(i) === 39) {
      let j = text.indexOf("'", i + 1);
      if (j < 0) j = n;
      keys.push(text.slice(i + 1, j));
      i = j + 1;
    } else {
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      keys.push(text.slice(i, j));
      i = j;
    }
  }
  return keys;
}

export function formatClassifierKeys(keys: readonly string[]): string {
  return keys.map((k) => (k === '' || /[\s']/.test(k) ? `'${k}'` : k)).join(' ');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
