/**
 * Dates on the command line (`--from`, `--to`, `--split-at`, `--where deadline>…`): ISO 8601 instants, or a
 * bare `YYYY-MM-DD` day. Zone-less text is read in `--timezone` (default UTC), as log timestamps are. A bare
 * day as an upper bound means the whole day, so `--to 2024-03-31` keeps 31 March.
 */
import { UsageError } from '../../errors.js';
import { MS_PER_DAY } from '../timestamps/civil-time.js';
import { parseIsoWall } from '../timestamps/parse-iso.js';
import type { Scan } from '../timestamps/scan-text.js';
import { createWallToInstant } from '../timestamps/zone-offset.js';

export interface FilterDate {
  /** the instant named (a bare day: its midnight in the zone), epoch ms. */
  ms: number;
  /** the first instant after the named day, for a bare day; else equal to `ms`. */
  endMs: number;
  wholeDay: boolean;
}

export function parseFilterDate(text: string, flag: string, timezone?: string): FilterDate {
  const trimmed = text.trim();
  const scan: Scan = { pos: 0, zone: NaN };
  const wall = parseIsoWall(trimmed, scan);
  if (Number.isNaN(wall)) {
    throw new UsageError('bad-date', `cannot read ${flag} '${text}' as a date`, {
      hint: "use ISO 8601: 2024-03-31, '2024-03-31 17:00', 2024-03-31T17:00:00+02:00",
    });
  }
  const toInstant = createWallToInstant(timezone);
  const instant = (w: number) => (Number.isNaN(scan.zone) ? toInstant(w) : w - scan.zone);
  const wholeDay = trimmed.length === 10;
  const ms = instant(wall);
  return { ms, endMs: wholeDay ? instant(wall + MS_PER_DAY) : ms, wholeDay };
}
