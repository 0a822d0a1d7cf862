/**
 * Variant shift between two groups: variants only one group has (how many, how many cases they cover, the
 * largest listed), and the shared variants whose share of cases changed most. Shares are of each group's own
 * cases, so groups of different size compare fairly.
 */
import type { EventLog } from '../../log/event-log.js';
import { computeVariantLog, variantTrace } from '../../log/variant-log.js';

export interface VariantShare {
  activities: string[];
  count: number;
  share: number;
}

export interface OnlyInOneGroup {
  /** distinct variants only this group has. */
  variants: number;
  /** cases following them. */
  cases: number;
  /** their share of the group's cases. */
  share: number;
  /** the most frequent of them. */
  top: VariantShare[];
}

export interface VariantChange {
  activities: string[];
  countA: number;
  countB: number;
  shareA: number;
  shareB: number;
  /** shareB − shareA. */
  change: number;
}

export interface VariantShift {
  variantsA: number;
  variantsB: number;
  shared: number;
  onlyA: OnlyInOneGroup;
  onlyB: OnlyInOneGroup;
  /** shared variants by the size of their share change, largest first. */
  changed: VariantChange[];
}

export function computeVariantShift(a: EventLog, b: EventLog, options: { top?: number } = {}): VariantShift {
  const top = options.top ?? 10;
  const countsA = countVariants(a);
  const countsB = countVariants(b);
  const casesA = a.caseOffsets.length - 1;
  const casesB = b.caseOffsets.length - 1;
  const only = (mine: Map<string, number>, other: Map<string, number>, cases: number): OnlyInOneGroup => {
    const list = [...mine.entries()].filter(([key]) => !other.has(key)).map(([key, count]) => ({ activities: split(key), count, share: count / cases }));
    list.sort((x, y) => y.count - x.count || compareKeys(x.activities, y.activities));
    const covered = list.reduce((s, v) => s + v.count, 0);
    return { variants: list.length, cases: covered, share: cases ? covered / cases : NaN, top: list.slice(0, top) };
  };
  const changed: VariantChange[] = [];
  for (const [key, countA] of countsA) {
    const countB = countsB.get(key);
    if (countB === undefined) continue;
    const shareA = countA / casesA;
    const shareB = countB / casesB;
    changed.push({ activities: split(key), countA, countB, shareA, shareB, change: shareB - shareA });
  }
  changed.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (y.countA + y.countB) - (x.countA + x.countB) || compareKeys(x.activities, y.activities));
  return {
    variantsA: countsA.size,
    variantsB: countsB.size,
    shared: changed.length,
    onlyA: only(countsA, countsB, casesA),
    onlyB: only(countsB, countsA, casesB),
    changed: changed.slice(0, top),
  };
}

const SEPARATOR = '\u0000';

function countVariants(log: EventLog): Map<string, number> {
  const variants = computeVariantLog(log);
  const out = new Map<string, number>();
  for (let v = 0; v < variants.counts.length; v++) {
    const key = Array.from(variantTrace(variants, v), (code) => variants.activityNames[code]).join(SEPARATOR);
    out.set(key, variants.counts[v]);
  }
  return out;
}

function split(key: string): string[] {
  return key === '' ? [] : key.split(SEPARATOR);
}

function compareKeys(a: string[], b: string[]): number {
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}
