import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../src/log/builder.js';
import type { EventLog } from '../../src/log/event-log.js';
import { buildReportData } from '../../src/report/html/build-report-data.js';
import { renderReportHtml } from '../../src/report/html/render-report-html.js';
import { stubRenderSvg } from './report-fixtures.js';

/** A seeded generator, so the synthetic log is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ~1 million events: 100,000 cases of 6–14 events over 60 activities (a main path with detours and rework), 40 resources, two years. */
function buildSyntheticLog(cases = 100_000): EventLog {
  const random = mulberry32(42);
  const b = new EventLogBuilder({ format: 'synthetic', columns: { case: 'case', activity: 'activity', timestamp: 'time', resource: 'resource' } });
  const t0 = Date.UTC(2022, 0, 1);
  for (let c = 0; c < cases; c++) {
    const id = b.caseFor(`case-${c}`);
    let t = t0 + random() * 730 * 86_400_000;
    const length = 6 + Math.floor(random() * 9);
    for (let k = 0; k < length; k++) {
      const step = random() < 0.8 ? k : Math.floor(random() * 60);
      const row = b.addEvent(id, `activity ${String(step).padStart(2, '0')}`, t);
      b.setResource(row, `resource ${Math.floor(random() * 40)}`);
      t += random() * random() * 5 * 86_400_000;
    }
  }
  return b.build();
}

describe('report on a large log', () => {
  it('stays under 5 MB for a million events, holding aggregates only', async () => {
    const log = buildSyntheticLog();
    expect(log.activities.length).toBeGreaterThan(900_000);
    const started = performance.now();
    const html = renderReportHtml(await buildReportData(log, { source: 'synthetic.csv', slaSeconds: 10 * 86400 }, stubRenderSvg));
    const seconds = (performance.now() - started) / 1000;
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThan(5_000_000);
    expect(html.includes('case-12345')).toBe(false); // no case ids, no events
    expect(seconds).toBeLessThan(20); // generous: CI machines vary; `npm run bench` tracks the real figure
  });
});
