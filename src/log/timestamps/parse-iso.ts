/**
 * ISO 8601 / RFC 3339 extended format at fixed positions: `YYYY-MM-DD`, optionally followed by `T` or a space
 * and `HH:mm`, `:ss`, a fraction of any length (`.` or `,`), and `Z`, `±HH:MM`, `±HHMM` or `±HH` (a space
 * before the zone is tolerated, as pandas writes none but some exports do).
 */
import { composeWallMillis } from './civil-time.js';
import { readFixedDigits, readFraction, readOptionalZoneToEnd, type Scan } from './scan-text.js';

export function parseIsoWall(text: string, scan: Scan): number {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = readFixedDigits(text, 0, 4);
  const month = readFixedDigits(text, 5, 2);
  const day = readFixedDigits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return NaN;
  scan.zone = NaN;
  if (n === 10) return composeWallMillis(year, month, day, 0, 0, 0, 0);
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32 && sep !== 116) return NaN;
  if (n < 16 || text.charCodeAt(13) !== 58) return NaN;
  const hour = readFixedDigits(text, 11, 2);
  const minute = readFixedDigits(text, 14, 2);
  if (hour < 0 || minute < 0) return NaN;
  let second = 0;
  let millis = 0;
  scan.pos = 16;
  if (n > 16 && text.charCodeAt(16) === 58) {
    second = readFixedDigits(text, 17, 2);
    if (second < 0) return NaN;
    scan.pos = 19;
    if (n > 19) {
      const c = text.charCodeAt(19);
      if (c === 46 || c === 44) {
        scan.pos = 20;
        millis = readFraction(text, scan);
        if (millis < 0) return NaN;
      }
    }
  }
  if (!readOptionalZoneToEnd(text, scan)) return NaN;
  return composeWallMillis(year, month, day, hour, minute, second, millis);
}
