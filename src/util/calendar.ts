/**
 * Calendar periods of an instant in a time zone, for trends: `2024-03-05` (day), `2024-03-04` (week: the
 * Monday it starts, ISO weeks), `2024-03` (month). Zone offsets come from Intl and are cached per hour, so
 * bucketing a million instants stays cheap.
 */

export type Period = 'day' | 'week' | 'month';

const HOUR = 3_600_000;

export class PeriodBucketer {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<number, number>();

  constructor(readonly timeZone = 'UTC') {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }

  /** Offset of local time from UTC at instant `ms`, in ms. */
  offsetAt(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let offset = this.cache.get(hour);
    if (offset === undefined) {
      const p: Record<string, number> = {};
      for (const part of this.format.formatToParts(new Date(hour * HOUR))) {
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      }
      offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - hour * HOUR;
      this.cache.set(hour, offset);
    }
    return offset;
  }

  /** The label of the period containing instant `ms`. */
  label(ms: number, period: Period): string {
    const local = new Date(ms + this.offsetAt(ms));
    const y = local.getUTCFullYear();
    const m = local.getUTCMonth();
    const d = local.getUTCDate();
    if (period === 'month') return `${y}-${pad(m + 1)}`;
    if (period === 'day') return `${y}-${pad(m + 1)}-${pad(d)}`;
    const weekday = (local.getUTCDay() + 6) % 7; // Monday 0
    const monday = new Date(Date.UTC(y, m, d - weekday));
    return `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
