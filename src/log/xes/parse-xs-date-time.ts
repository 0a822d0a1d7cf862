/**
 * xs:dateTime at fixed positions, straight from bytes (no Date.parse): `YYYY-MM-DDThh:mm[:ss[.f…]]` then `Z`,
 * `±hh:mm`, `±hhmm`, `±hh` or nothing; also a date alone or a space for `T`, as pm4py accepts. Sub-millisecond
 * digits stay as a fraction. Differs from pm4py on purpose: offsets are converted to UTC (pm4py drops them).
 */
import { computeEpochDay, countDaysInMonth } from '../timestamps/civil-time.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Set by {@link parseXsDateTime}: whether the text named a zone (else the result is wall time, as if UTC). */
export const dateScan = { hasZone: false };

/** Epoch milliseconds of `bytes[start, end)`, or NaN when it is not a date-time. See {@link dateScan}. */
export function parseXsDateTime(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isSpace(bytes[s])) s++;
  while (e > s && isSpace(bytes[e - 1])) e--;
  if (e - s < 10 || bytes[s + 4] !== 45 || bytes[s + 7] !== 45) return NaN;
  const year = digits(bytes, s, 4);
  const month = digits(bytes, s + 5, 2);
  const day = digits(bytes, s + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) return NaN;
  let ms = computeEpochDay(year, month, day) * MS_PER_DAY;
  let p = s + 10;
  dateScan.hasZone = false;
  if (p === e) return ms;
  const sep = bytes[p];
  if ((sep !== 84 && sep !== 116 && sep !== 32) || p + 6 > e || bytes[p + 3] !== 58) return NaN;
  const hour = digits(bytes, p + 1, 2);
  const minute = digits(bytes, p + 4, 2);
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return NaN;
  p += 6;
  let second = 0;
  let fraction = 0;
  if (p < e && bytes[p] === 58) {
    if (p + 3 > e) return NaN;
    second = digits(bytes, p + 1, 2);
    if (second < 0 || second > 59) return NaN;
    p += 3;
    if (p < e && (bytes[p] === 46 || bytes[p] === 44)) {
      p++;
      const from = p;
      let scale = 100;
      let sub = 0;
      let subScale = 1;
      for (; p < e; p++) {
        const d = bytes[p] - 48;
        if (d < 0 || d > 9) break;
        const k = p - from;
        if (k < 3) {
          fraction += d * scale;
          scale /= 10;
        } else if (k < 12) {
          sub = sub * 10 + d;
          subScale *= 10;
        }
      }
      if (p === from) return NaN;
      if (sub !== 0) fraction += sub / subScale;
    }
  }
  if (hour === 24 && (minute !== 0 || second !== 0 || fraction !== 0)) return NaN;
  ms += ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  if (p === e) return ms;
  const z = bytes[p];
  if ((z === 90 || z === 122) && p + 1 === e) {
    dateScan.hasZone = true;
    return ms;
  }
  if ((z !== 43 && z !== 45) || p + 3 > e) return NaN;
  const offsetHours = digits(bytes, p + 1, 2);
  let offsetMinutes = 0;
  if (offsetHours < 0 || offsetHours > 23) return NaN;
  if (p + 3 !== e) {
    const colon = bytes[p + 3] === 58 ? 1 : 0;
    if (p + 5 + colon !== e) return NaN;
    offsetMinutes = digits(bytes, p + 3 + colon, 2);
    if (offsetMinutes < 0 || offsetMinutes > 59) return NaN;
  }
  dateScan.hasZone = true;
  const offset = (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  return z === 43 ? ms - offset : ms + offset;
}

/** The same for text (rare paths: values with references, string-typed timestamps). */
export function parseXsDateTimeText(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  return parseXsDateTime(bytes, 0, bytes.length);
}

function digits(bytes: Uint8Array, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = bytes[i] - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
