/**
 * Character-level readers shared by the timestamp parsers: fixed-width digit groups, fractions of a second and
 * UTC offsets, all by char code on the string as given (no regular expressions, no Date.parse), so that a
 * million timestamps parse without allocating.
 */
import { MS_PER_HOUR, MS_PER_MINUTE } from './civil-time.js';

/** Where a parser is in the text, and the UTC offset it found (ms; NaN when the text names no zone). */
export interface Scan {
  pos: number;
  zone: number;
}

/** A parser from text to wall milliseconds (NaN when the text does not fit), filling `scan.zone`. */
export type WallParser = (text: string, scan: Scan) => number;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number in exactly `n` digits at `pos`, or -1. */
export function readFixedDigits(text: string, pos: number, n: number): number {
  if (pos + n > text.length) return -1;
  let v = 0;
  for (let i = pos; i < pos + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The number in 1 to `max` digits at `scan.pos` (advancing it), or -1 when there is no digit. */
export function readDigitsUpTo(text: string, scan: Scan, max: number): number {
  let v = 0;
  let i = scan.pos;
  const end = Math.min(text.length, i + max);
  while (i < end) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    i++;
  }
  if (i === scan.pos) return -1;
  scan.pos = i;
  return v;
}

/**
 * Digits of a fraction of a second at `scan.pos` (after the `.`), as milliseconds: the first three digits are
 * whole milliseconds, the rest a fraction of one, so that `.788000` is exactly 788 and `.1234567` is 123.4567.
 * Returns -1 when there is no digit.
 */
export function readFraction(text: string, scan: Scan): number {
  let i = scan.pos;
  let whole = 0;
  let k = 0;
  for (; i < text.length && k < 3; i++, k++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (k === 0) return -1;
  for (; k < 3; k++) whole *= 10;
  let rest = 0;
  let scale = 1;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    // Past nanoseconds the digits no longer change a double near 1e12 ms.
    if (scale < 1e9) {
      rest = rest * 10 + d;
      scale *= 10;
    }
  }
  scan.pos = i;
  return scale === 1 ? whole : whole + rest / scale;
}

/**
 * A zone designator at `scan.pos`: `Z`, `±HH:MM`, `±HHMM` or `±HH`. Sets `scan.zone` (ms east of UTC) and
 * advances; returns false (leaving `scan` as it was) when there is none or it is malformed.
 */
export function readZone(text: string, scan: Scan): boolean {
  const p = scan.pos;
  if (p >= text.length) return false;
  const c = text.charCodeAt(p);
  if (c === 90 || c === 122) {
    scan.zone = 0;
    scan.pos = p + 1;
    return true;
  }
  // '+', '-' and the Unicode minus sign some exports use.
  const sign = c === 43 ? 1 : c === 45 || c === 0x2212 ? -1 : 0;
  if (sign === 0) return false;
  const hours = readFixedDigits(text, p + 1, 2);
  if (hours < 0 || hours > 23) return false;
  let q = p + 3;
  let minutes = 0;
  if (q < text.length) {
    if (text.charCodeAt(q) === 58) q++;
    minutes = readFixedDigits(text, q, 2);
    if (minutes < 0 || minutes > 59) return false;
    q += 2;
  }
  scan.zone = sign * (hours * MS_PER_HOUR + minutes * MS_PER_MINUTE);
  scan.pos = q;
  return true;
}

/** An optional zone (after an optional single space) that must end the text. False when anything else follows. */
export function readOptionalZoneToEnd(text: string, scan: Scan): boolean {
  scan.zone = NaN;
  if (scan.pos === text.length) return true;
  const save = scan.pos;
  if (text.charCodeAt(scan.pos) === 32) scan.pos++;
  if (readZone(text, scan) && scan.pos === text.length) return true;
  scan.pos = save;
  scan.zone = NaN;
  return false;
}
