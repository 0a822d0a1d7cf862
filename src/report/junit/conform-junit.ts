/**
 * A conformance check as JUnit XML, the format CI systems display: a test case per threshold and per variant
 * (worst first); a variant that does not fit fails with its deviations as the message.
 */
import type { ConformanceResult } from '../../conformance/check-conformance.js';

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function renderConformJunit(r: ConformanceResult, options: { suite: string; maxVariants: number }): string {
  const cases: string[] = [];
  let failures = 0;
  const thresholdCase = (name: string, ok: boolean, message: string) => {
    if (!ok) failures++;
    cases.push(`    <testcase classname="thresholds" name="${xml(name)}">${ok ? '' : `\n      <failure message="${xml(message)}" type="threshold"/>\n    `}</testcase>`);
  };
  if (r.thresholds.minFitness !== undefined) {
    thresholdCase(`fitness >= ${r.thresholds.minFitness}`, r.fitness >= r.thresholds.minFitness, r.failures.find((f) => f.startsWith('fitness')) ?? '');
  }
  if (r.thresholds.minPrecision !== undefined) {
    const p = r.precision?.value ?? NaN;
    thresholdCase(`precision >= ${r.thresholds.minPrecision}`, p >= r.thresholds.minPrecision, r.failures.find((f) => f.includes('precision')) ?? '');
  }
  const shown = r.variants.slice(0, options.maxVariants);
  shown.forEach((v, i) => {
    const name = `variant ${i + 1} (${v.count} case${v.count === 1 ? '' : 's'}): ${v.activities.join(' → ')}`;
    if (v.fitting) {
      cases.push(`    <testcase classname="variants" name="${xml(name)}"/>`);
      return;
    }
    failures++;
    const detail = v.deviations.length
      ? v.deviations.map((d) => `${d.kind}: ${d.activity}${d.count > 1 ? ` (×${d.count})` : ''}`).join('\n')
      : `no alignment: ${v.status}`;
    const message = `fitness ${v.fitness === null ? 'unknown' : v.fitness.toFixed(4)}`;
    cases.push(`    <testcase classname="variants" name="${xml(name)}">\n      <failure message="${xml(message)}" type="deviation">${xml(detail)}</failure>\n    </testcase>`);
  });
  const skipped = r.variants.length - shown.length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="procmine conform" tests="${cases.length}" failures="${failures}">
  <testsuite name="${xml(options.suite)}" tests="${cases.length}" failures="${failures}" skipped="0">
    <properties>
      <property name="fitness" value="${r.fitness}"/>
${r.precision ? `      <property name="precision" value="${r.precision.value}"/>\n` : ''}      <property name="method" value="${r.method}"/>
      <property name="variantsNotListed" value="${skipped}"/>
    </properties>
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
