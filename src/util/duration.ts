/**
 * Durations for humans (`4d 3h`, `12m 5s`) and back (`--sla 5d`, `--min-duration 1d12h`).
 */

const UNITS: [string, number][] = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/**
 * `formatDuration(360000)` → `"4d 4h"`: the `parts` most significant non-zero units, rounded down;
 * under a minute, seconds with up to one decimal; negative durations get a leading minus.
 */
export function formatDuration(seconds: number, parts = 2): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 0) return `-${formatDuration(-seconds, parts)}`;
  if (seconds < 60) {
    const rounded = seconds < 10 ? Math.round(seconds * 10) / 10 : Math.round(seconds);
    return `${rounded}s`;
  }
  let rest = Math.round(seconds);
  const out: string[] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (out.length > 0 || n > 0) {
      if (n > 0) out.push(`${n}${unit}`);
      if (out.length >= parts) break;
      if (out.length > 0 && n === 0) break;
    }
  }
  return out.join(' ');
}

const PARSE_UNITS: Record<string, number> = {
  w: 604800, week: 604800, weeks: 604800,
  d: 86400, day: 86400, days: 86400,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
};

/** `parseDuration('1d12h')` → 129600 (seconds); a bare number is seconds. Returns NaN when not a duration. */
export function parseDuration(text: string): number {
  const s = text.trim().toLowerCase();
  if (s === '') return NaN;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const re = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(s)) !== null) {
    const unit = PARSE_UNITS[m[2]];
    if (unit === undefined) return NaN;
    total += Number(m[1]) * unit;
    end = re.lastIndex;
  }
  return end === s.length ? total : NaN;
}
