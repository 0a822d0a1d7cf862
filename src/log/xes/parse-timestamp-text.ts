/**
 * A `time:timestamp` written as a string rather than a `<date>` (XES files converted from CSV do this): ISO 8601
 * in its common variants, or year-first with slashes or dots (`2019/11/03 01:11:19.000`). Day-first and
 * month-first forms are not guessed; such a value gives NaN and the reader reports the time as missing.
 */
import { createNumericDateParser } from '../timestamps/parse-numeric-date.js';
import { parseIsoWall } from '../timestamps/parse-iso.js';
import type { Scan, WallParser } from '../timestamps/scan-text.js';
import type { WallToInstant } from '../timestamps/zone-offset.js';

const PARSERS: WallParser[] = [parseIsoWall, createNumericDateParser('ymd', '/'), createNumericDateParser('ymd', '.')];
const scan: Scan = { pos: 0, zone: NaN };

/** Epoch milliseconds, or NaN; a zone-less text is read in the zone of `toInstant`. */
export function parseTimestampText(text: string, toInstant: WallToInstant): number {
  const trimmed = text.trim();
  for (const parse of PARSERS) {
    scan.pos = 0;
    scan.zone = NaN;
    const wall = parse(trimmed, scan);
    if (!Number.isNaN(wall)) return Number.isNaN(scan.zone) ? toInstant(wall) : wall - scan.zone;
  }
  return NaN;
}
