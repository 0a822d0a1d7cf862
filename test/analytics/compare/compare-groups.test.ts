import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { columnValue, type EventLog } from '../../../src/log/event-log.js';
import { readLog } from '../../../src/log/read-log.js';
import { compareGroups } from '../../../src/analytics/compare/compare-groups.js';
import { splitByAttribute } from '../../../src/analytics/compare/split-log.js';
import { fixtureLogs } from '../../helpers/pm4py-refs.js';

/** Everything below is recomputed from the raw columns with plain loops and sorts, not with procmine's analytics. */
function durationsOf(log: EventLog): number[] {
  return log.caseIds.map((_, c) => {
    const ts = Array.from(log.timestamps.subarray(log.caseOffsets[c], log.caseOffsets[c + 1]));
    return (Math.max(...ts) - Math.min(...ts)) / 1000;
  });
}
function numpyQuantile(values: number[], q: number): number {
  const s = [...values].sort((x, y) => x - y);
  const h = (s.length - 1) * q;
  return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
}
function traceKey(log: EventLog, c: number): string {
  const names: string[] = [];
  for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) names.push(log.activityNames[log.activities[e]]);
  return names.join('|');
}
function hasRework(log: EventLog, c: number): boolean {
  const seen = new Set<number>();
  for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
    if (seen.has(log.activities[e])) return true;
    seen.add(log.activities[e]);
  }
  return false;
}

describe('compareGroups on the receipt log split by channel (Internet vs Desk)', async () => {
  const log = await readLog(join(fixtureLogs, '08_receipt.xes.gz'));
  const channel = log.caseAttributes.get('channel')!;
  const caseIndices = (value: string) => log.caseIds.map((_, c) => c).filter((c) => columnValue(channel, c) === value);
  const internet = caseIndices('Internet');
  const desk = caseIndices('Desk');
  const all = durationsOf(log);
  const dInternet = internet.map((c) => all[c]);
  const dDesk = desk.map((c) => all[c]);
  const groups = splitByAttribute(log, 'channel', { values: ['Internet', 'Desk'] });
  const r = compareGroups(groups, { slaSeconds: 5 * 86400, seed: 1 });
  const c = r.comparisons[0];

  it('measures each group as plain counting does', () => {
    expect(r.baseline).toBe('Internet');
    expect(r.groups.map((g) => g.name)).toEqual(['Internet', 'Desk']);
    expect(r.groups.map((g) => g.cases)).toEqual([internet.length, desk.length]);
    expect(r.groups[1].events).toBe(desk.reduce((s, k) => s + log.caseOffsets[k + 1] - log.caseOffsets[k], 0));
    for (const [g, d] of [[r.groups[0], dInternet], [r.groups[1], dDesk]] as const) {
      expect(g.cycleTime.median).toBeCloseTo(numpyQuantile(d, 0.5), 6);
      expect(g.cycleTime.p90).toBeCloseTo(numpyQuantile(d, 0.9), 6);
      expect(g.cycleTime.mean).toBeCloseTo(d.reduce((s, x) => s + x, 0) / d.length, 6);
      expect(g.slaShare).toBeCloseTo(d.filter((x) => x <= 5 * 86400).length / d.length, 12);
    }
    expect(r.groups[1].reworkShare).toBeCloseTo(desk.filter((k) => hasRework(log, k)).length / desk.length, 12);
  });

  it('tests cycle time as SciPy does on the same durations', () => {
    const t = c.tests.cycleTime;
    // U by brute force over all pairs (ties count one half)
    let u = 0;
    for (const x of dInternet) for (const y of dDesk) u += x > y ? 1 : x === y ? 0.5 : 0;
    expect(t.mannWhitney.u).toBe(u);
    // SciPy 1.17.1, on the durations dumped from this log: mannwhitneyu(internet, desk, method="asymptotic")
    // → p = 0.17570988483572403; ttest_ind(internet, desk, equal_var=False) → t = -0.44247938829683003,
    // df = 125.79887452741131, p = 0.6589021848303135.
    expect(t.mannWhitney.p).toBeCloseTo(0.17570988483572403, 12);
    expect(t.welch.t).toBeCloseTo(-0.44247938829683003, 11);
    expect(t.welch.df).toBeCloseTo(125.79887452741131, 8);
    expect(t.welch.p).toBeCloseTo(0.6589021848303135, 11);
    expect(t.medianDifferenceSeconds).toBeCloseTo(numpyQuantile(dDesk, 0.5) - numpyQuantile(dInternet, 0.5), 6);
    expect(t.ci95[0]).toBeLessThanOrEqual(t.medianDifferenceSeconds);
    expect(t.ci95[1]).toBeGreaterThanOrEqual(t.medianDifferenceSeconds);
    expect(t.effectSize.value).toBeCloseTo((2 * (dInternet.length * dDesk.length - u)) / (dInternet.length * dDesk.length) - 1, 12);
    // SLA share: chi2_contingency([[953, 297], [74, 35]], correction=False) → p = 0.051669741097670294
    expect(c.tests.slaShare!.p).toBeCloseTo(0.051669741097670294, 12);
  });

  it('finds the variant shift that plain string keys give', () => {
    const count = (cases: number[]) => {
      const m = new Map<string, number>();
      for (const k of cases) m.set(traceKey(log, k), (m.get(traceKey(log, k)) ?? 0) + 1);
      return m;
    };
    const a = count(internet);
    const b = count(desk);
    const onlyA = [...a.keys()].filter((k) => !b.has(k));
    const onlyB = [...b.keys()].filter((k) => !a.has(k));
    expect(c.variants.variantsA).toBe(a.size);
    expect(c.variants.variantsB).toBe(b.size);
    expect(c.variants.onlyA.variants).toBe(onlyA.length);
    expect(c.variants.onlyB.variants).toBe(onlyB.length);
    expect(c.variants.onlyB.cases).toBe(onlyB.reduce((s, k) => s + b.get(k)!, 0));
    expect(c.variants.shared).toBe(a.size - onlyA.length);
    const biggest = c.variants.changed[0];
    const key = biggest.activities.join('|');
    expect(biggest.change).toBeCloseTo(b.get(key)! / desk.length - a.get(key)! / internet.length, 12);
    for (const v of c.variants.changed.slice(1)) expect(Math.abs(v.change)).toBeLessThanOrEqual(Math.abs(biggest.change));
  });

  it('gives byte-identical results for the same seed', () => {
    expect(JSON.stringify(compareGroups(groups, { slaSeconds: 5 * 86400, seed: 1 }))).toBe(JSON.stringify(r));
  });
});
