/**
 * The numeric date forms spreadsheets and ERP exports write: day-first (`31/12/2020`, `31-12-2020`,
 * `31.12.2020`), month-first (`12/31/2020`) and year-first with slashes or dots (`2020/12/31`), each with an
 * optional time `H:mm[:ss[.fff]]`, an optional AM/PM marker and an optional zone. Day, month and hour may have
 * one or two digits; the year has four.
 */
import { composeWallMillis } from './civil-time.js';
import { readDigitsUpTo, readFixedDigits, readFraction, readOptionalZoneToEnd, type Scan, type WallParser } from './scan-text.js';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** A parser for one order and one date separator character. */
export function createNumericDateParser(order: DateOrder, separator: string): WallParser {
  const sep = separator.charCodeAt(0);
  return (text, scan) => {
    scan.pos = 0;
    let year: number;
    let month: number;
    let day: number;
    if (order === 'ymd') {
      year = readFixedDigits(text, 0, 4);
      if (year < 0 || text.charCodeAt(4) !== sep) return NaN;
      scan.pos = 5;
      month = readDigitsUpTo(text, scan, 2);
      if (month < 0 || text.charCodeAt(scan.pos++) !== sep) return NaN;
      day = readDigitsUpTo(text, scan, 2);
      if (day < 0) return NaN;
    } else {
      const first = readDigitsUpTo(text, scan, 2);
      if (first < 0 || text.charCodeAt(scan.pos++) !== sep) return NaN;
      const second = readDigitsUpTo(text, scan, 2);
      if (second < 0 || text.charCodeAt(scan.pos++) !== sep) return NaN;
      year = readFixedDigits(text, scan.pos, 4);
      if (year < 0) return NaN;
      scan.pos += 4;
      if (order === 'dmy') {
        day = first;
        month = second;
      } else {
        month = first;
        day = second;
      }
    }
    return readTimeTail(text, scan, year, month, day);
  };
}

/** After the date: end, or ` `/`T` + `H:mm[:ss[.f]]` + optional ` AM`/`PM` + optional zone, then end. */
function readTimeTail(text: string, scan: Scan, year: number, month: number, day: number): number {
  const n = text.length;
  scan.zone = NaN;
  if (scan.pos === n) return composeWallMillis(year, month, day, 0, 0, 0, 0);
  const sep = text.charCodeAt(scan.pos);
  if (sep !== 32 && sep !== 84) return NaN;
  scan.pos++;
  let hour = readDigitsUpTo(text, scan, 2);
  if (hour < 0 || text.charCodeAt(scan.pos) !== 58) return NaN;
  const minute = readFixedDigits(text, scan.pos + 1, 2);
  if (minute < 0) return NaN;
  scan.pos += 3;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(scan.pos) === 58) {
    second = readFixedDigits(text, scan.pos + 1, 2);
    if (second < 0) return NaN;
    scan.pos += 3;
    const c = text.charCodeAt(scan.pos);
    if (c === 46 || c === 44) {
      scan.pos++;
      millis = readFraction(text, scan);
      if (millis < 0) return NaN;
    }
  }
  const meridiem = readMeridiem(text, scan);
  if (meridiem !== 0) {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
  }
  if (!readOptionalZoneToEnd(text, scan)) return NaN;
  return composeWallMillis(year, month, day, hour, minute, second, millis);
}

/** An optional ` AM` / `PM` (any case, space optional): 0 none, 1 AM, 2 PM. */
export function readMeridiem(text: string, scan: Scan): number {
  let p = scan.pos;
  if (text.charCodeAt(p) === 32) p++;
  const a = text.charCodeAt(p) | 32;
  const m = text.charCodeAt(p + 1) | 32;
  if ((a !== 97 && a !== 112) || m !== 109) return 0;
  scan.pos = p + 2;
  return a === 97 ? 1 : 2;
}
