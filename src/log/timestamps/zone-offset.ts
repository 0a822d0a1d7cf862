/**
 * Converts zone-less wall-clock times to instants in an IANA time zone (`--timezone`). Offsets come from Intl,
 * cached per hour so that a million rows cost a few hundred Intl calls. Daylight-saving gaps and overlaps are
 * resolved as java.time and Temporal's "compatible" mode do: a wall time inside a gap (02:30 on a spring-forward
 * night) moves forward by the gap's length; a wall time that occurs twice (autumn) takes the earlier instant.
 */
import { UsageError } from '../../errors.js';
import { computeEpochDay, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './civil-time.js';

/** Wall milliseconds (as if UTC) → epoch milliseconds. */
export type WallToInstant = (wall: number) => number;

const identity: WallToInstant = (wall) => wall;

/** A converter for `timezone` (IANA name, `UTC`, or a fixed offset `±HH:MM`); UTC when undefined. */
export function createWallToInstant(timezone?: string): WallToInstant {
  if (timezone === undefined || /^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(timezone.trim())) return identity;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(timezone.trim());
  if (fixed) {
    const offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * MS_PER_HOUR + Number(fixed[3]) * MS_PER_MINUTE);
    return (wall) => wall - offset;
  }
  const zone = new ZoneOffsets(timezone);
  return (wall) => zone.wallToInstant(wall);
}

/** Throws a {@link UsageError} unless Intl knows `timezone`. */
export function checkTimezone(timezone: string): void {
  createWallToInstant(timezone);
}

class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  /** UTC hour → offset in that whole hour, or NaN when the offset changes within it. */
  private readonly byHour = new Map<number, number>();
  /** UTC hour → [instant of the change, offset before, offset after] for hours with a change. */
  private readonly changes = new Map<number, [number, number, number]>();
  /** wall hour → offset valid for every wall time in it, or NaN when the hour is in or next to a change. */
  private readonly byWallHour = new Map<number, number>();

  constructor(timezone: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (error) {
      throw new UsageError('timezone-unknown', `unknown time zone '${timezone}'`, {
        hint: 'pass an IANA zone name such as Europe/Amsterdam or America/New_York, or a fixed offset such as +01:00',
        cause: error,
      });
    }
  }

  wallToInstant(wall: number): number {
    if (!Number.isFinite(wall)) return NaN;
    const hour = Math.floor(wall / MS_PER_HOUR);
    let offset = this.byWallHour.get(hour);
    if (offset === undefined) {
      const first = hour * MS_PER_HOUR;
      const a = this.resolve(first);
      const b = this.resolve(first + MS_PER_HOUR - 1);
      offset = first - a === first + MS_PER_HOUR - 1 - b && this.isPlain(first) ? first - a : NaN;
      this.byWallHour.set(hour, offset);
    }
    return Number.isNaN(offset) ? this.resolve(wall) : wall - offset;
  }

  /** No change of offset within a day either side (so the per-hour shortcut is exact). */
  private isPlain(wall: number): boolean {
    return this.offsetAt(wall - MS_PER_DAY) === this.offsetAt(wall + MS_PER_DAY);
  }

  private resolve(wall: number): number {
    const before = this.offsetAt(wall - MS_PER_DAY);
    const after = this.offsetAt(wall + MS_PER_DAY);
    if (before === after) return wall - before;
    const early = wall - before;
    const late = wall - after;
    const earlyFits = this.offsetAt(early) === before;
    const lateFits = this.offsetAt(late) === after;
    if (earlyFits && lateFits) return Math.min(early, late);
    if (earlyFits) return early;
    if (lateFits) return late;
    // In a gap: read the wall time with the offset in force before the change, which moves it forward.
    return early;
  }

  /** The zone's offset (ms east of UTC) at an instant. */
  offsetAt(instant: number): number {
    const hour = Math.floor(instant / MS_PER_HOUR);
    let offset = this.byHour.get(hour);
    if (offset === undefined) {
      const start = hour * MS_PER_HOUR;
      const a = this.intlOffset(start);
      const b = this.intlOffset(start + MS_PER_HOUR - 1);
      offset = a === b ? a : NaN;
      this.byHour.set(hour, offset);
      if (a !== b) this.changes.set(hour, [this.findChange(start, start + MS_PER_HOUR - 1, a), a, b]);
    }
    if (!Number.isNaN(offset)) return offset;
    const [at, before, after] = this.changes.get(hour)!;
    return instant < at ? before : after;
  }

  /** The first instant in (lo, hi] with an offset other than `before` (bisection to the millisecond). */
  private findChange(lo: number, hi: number, before: number): number {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.intlOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  private intlOffset(instant: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of this.format.formatToParts(instant)) {
      switch (part.type) {
        case 'year': year = Number(part.value); break;
        case 'month': month = Number(part.value); break;
        case 'day': day = Number(part.value); break;
        case 'hour': hour = Number(part.value); break;
        case 'minute': minute = Number(part.value); break;
        case 'second': second = Number(part.value); break;
        case 'era': bc = part.value.startsWith('B'); break;
      }
    }
    const y = bc ? 1 - year : year;
    const wall = computeEpochDay(y, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000;
    return wall - Math.floor(instant / 1000) * 1000;
  }
}
