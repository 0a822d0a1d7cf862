/**
 * XES `int`, `float` and `boolean` values read straight from bytes. Floats with up to 15 significant digits and
 * a small exponent are computed exactly (one correctly rounded multiplication or division, as Number() would
 * give); anything longer goes through Number(). Surrounding spaces are allowed (xs:whitespace collapse).
 */

/** Set by the parsers: whether the text was a valid value (NaN is a valid float). */
export const numberScan = { ok: false };

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** xs:long: an optional sign and digits. */
export function parseXsInt(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isSpace(bytes[s])) s++;
  while (e > s && isSpace(bytes[e - 1])) e--;
  numberScan.ok = false;
  let negative = false;
  if (s < e && (bytes[s] === 45 || bytes[s] === 43)) {
    negative = bytes[s] === 45;
    s++;
  }
  if (s === e) return NaN;
  let v = 0;
  for (let p = s; p < e; p++) {
    const d = bytes[p] - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  // Past 15 digits the running sum may round differently from a direct conversion.
  if (e - s > 15) v = Number(latin1(bytes, s, e));
  numberScan.ok = true;
  return negative ? -v : v;
}

/** xs:double / xs:float: decimal or exponent notation, `INF`, `-INF`, `NaN` (any case, also `inf`, `infinity`). */
export function parseXsFloat(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isSpace(bytes[s])) s++;
  while (e > s && isSpace(bytes[e - 1])) e--;
  numberScan.ok = false;
  const from = s;
  let negative = false;
  if (s < e && (bytes[s] === 45 || bytes[s] === 43)) {
    negative = bytes[s] === 45;
    s++;
  }
  if (s === e) return NaN;
  const first = bytes[s] | 0x20;
  if (first === 105 || first === 110) return parseSpecial(latin1(bytes, s, e).toLowerCase(), negative);
  let mantissa = 0;
  let kept = 0;
  let exponent = 0;
  let sawDigit = false;
  let sawDot = false;
  let exact = true;
  let p = s;
  for (; p < e; p++) {
    const c = bytes[p];
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      sawDigit = true;
      if (mantissa === 0 && d === 0) {
        if (sawDot) exponent--;
      } else if (kept < 15) {
        mantissa = mantissa * 10 + d;
        kept++;
        if (sawDot) exponent--;
      } else {
        exact = false;
      }
    } else if (c === 46 && !sawDot) {
      sawDot = true;
    } else if (c === 101 || c === 69) {
      break;
    } else {
      return NaN;
    }
  }
  if (!sawDigit) return NaN;
  if (p < e) {
    p++;
    let expNegative = false;
    if (p < e && (bytes[p] === 45 || bytes[p] === 43)) {
      expNegative = bytes[p] === 45;
      p++;
    }
    if (p === e) return NaN;
    let x = 0;
    for (; p < e; p++) {
      const d = bytes[p] - 48;
      if (d < 0 || d > 9) return NaN;
      if (x < 100000) x = x * 10 + d;
    }
    exponent += expNegative ? -x : x;
  }
  numberScan.ok = true;
  let v: number;
  if (!exact || exponent > 22 || exponent < -22) v = Number(latin1(bytes, from, e));
  else {
    v = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
    if (negative) v = -v;
  }
  return v;
}

function parseSpecial(text: string, negative: boolean): number {
  if (text === 'inf' || text === 'infinity') {
    numberScan.ok = true;
    return negative ? -Infinity : Infinity;
  }
  if (text === 'nan') {
    numberScan.ok = true;
    return NaN;
  }
  return NaN;
}

/** xs:boolean (`true`, `false`, `1`, `0`; the words in any case, as pm4py reads them): 1, 0, or -1 when invalid. */
export function parseXsBoolean(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isSpace(bytes[s])) s++;
  while (e > s && isSpace(bytes[e - 1])) e--;
  const n = e - s;
  if (n === 1) return bytes[s] === 49 ? 1 : bytes[s] === 48 ? 0 : -1;
  if (n === 4 && (bytes[s] | 0x20) === 116 && (bytes[s + 1] | 0x20) === 114 && (bytes[s + 2] | 0x20) === 117 && (bytes[s + 3] | 0x20) === 101) return 1;
  if (
    n === 5 &&
    (bytes[s] | 0x20) === 102 &&
    (bytes[s + 1] | 0x20) === 97 &&
    (bytes[s + 2] | 0x20) === 108 &&
    (bytes[s + 3] | 0x20) === 115 &&
    (bytes[s + 4] | 0x20) === 101
  ) {
    return 0;
  }
  return -1;
}

function latin1(bytes: Uint8Array, s: number, e: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString('latin1');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
