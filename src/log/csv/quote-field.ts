/**
 * RFC 4180 quoting for one field: quoted only when it holds the delimiter, a quote or a line break (then with
 * its quotes doubled), otherwise written as it is.
 */

export function createFieldQuoter(delimiter: string): (text: string) => string {
  const d = delimiter.charCodeAt(0);
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === d || c === 34 || c === 10 || c === 13) return `"${text.replaceAll('"', '""')}"`;
    }
    return text;
  };
}
