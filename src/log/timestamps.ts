/**
 * Timestamp parsing for text columns (CSV): explicit `--timestamp-format` patterns and the names `iso`,
 * `epoch-s`, `epoch-ms`, or a format detected from sample values. Parsers return epoch milliseconds (sub-ms
 * digits kept as a fraction), NaN when a value does not fit; zone-less values are read in `timezone` (UTC).
 */
import { compilePattern } from './timestamps/compile-pattern.js';
import { TimestampDetector, type DetectContext, type DetectedFormat } from './timestamps/detect-format.js';
import { parseEpoch } from './timestamps/parse-epoch.js';
import { parseIsoWall } from './timestamps/parse-iso.js';
import type { Scan, WallParser } from './timestamps/scan-text.js';
import { createWallToInstant } from './timestamps/zone-offset.js';

export interface TimestampParser {
  /** the format as given or detected (`iso`, `epoch-ms`, `DD/MM/YYYY HH:mm`, …). */
  readonly format: string;
  /** epoch milliseconds, NaN when `text` does not fit. */
  parse(text: string): number;
}

export type { DetectContext } from './timestamps/detect-format.js';

/**
 * A parser for an explicit format: `iso`, `epoch-s`, `epoch-ms`, `epoch` (seconds or milliseconds by
 * magnitude) or a pattern of tokens (`YYYY YY MM M DD D HH H hh h mm ss SSS A Z ZZ MMM`). Throws a UsageError
 * for a pattern without year and month, or an unknown time zone.
 *
 * @example
 * createTimestampParser('DD.MM.YYYY HH:mm', 'Europe/Amsterdam').parse('16.01.2017 13:29'); // 1484569740000
 */
export function createTimestampParser(format: string, timezone?: string): TimestampParser {
  const name = format.trim().toLowerCase();
  if (name === 'epoch-s' || name === 'epoch-ms' || name === 'epoch') {
    const unit = name === 'epoch-s' ? 's' : name === 'epoch-ms' ? 'ms' : 'auto';
    return { format: name, parse: (text) => parseEpoch(trimBlanks(text), unit) };
  }
  return wrapWallParser(name === 'iso' ? 'iso' : format, name === 'iso' ? parseIsoWall : compilePattern(format), timezone);
}

/** A TimestampParser over a wall-time parser: offsets in the text win, else the wall time is read in `timezone`. */
function wrapWallParser(format: string, wall: WallParser, timezone: string | undefined): TimestampParser {
  const toInstant = createWallToInstant(timezone);
  const scan: Scan = { pos: 0, zone: NaN };
  return {
    format,
    parse(text: string): number {
      const ms = wall(trimBlanks(text), scan);
      if (Number.isNaN(ms)) return NaN;
      return Number.isNaN(scan.zone) ? toInstant(ms) : ms - scan.zone;
    },
  };
}

/**
 * A parser for the format that reads the most samples (empty ones are ignored). Throws an InputError
 * `timestamp-ambiguous` when day-first and month-first read them equally well, and `timestamp-unparseable`
 * when no known form reads any of them.
 *
 * @example
 * detectTimestampParser(['16.01.2017 13:29'], { column: 'end', file: 'log.csv' }).format; // 'DD.MM.YYYY HH:mm'
 */
export function detectTimestampParser(samples: readonly string[], context: DetectContext): TimestampParser {
  const detector = new TimestampDetector(context);
  samples.forEach((s, i) => detector.offer(s, context.lines?.[i]));
  return createDetectedParser(detector.result(), context.timezone);
}

/** The parser for a detection result (the detected form's own parser, not the pattern compiled again). */
export function createDetectedParser(detected: DetectedFormat, timezone?: string): TimestampParser {
  if (detected.wall === null) return createTimestampParser(detected.format, timezone);
  return wrapWallParser(detected.format, detected.wall, timezone);
}

/** Leading or trailing blanks are tolerated; checking the ends first keeps the common case allocation-free. */
function trimBlanks(text: string): string {
  const n = text.length;
  return n > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32) ? text.trim() : text;
}
