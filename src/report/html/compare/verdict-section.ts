/**
 * The verdict, first on the page: per comparison the plain-language verdict (its cycle-time sentence in bold,
 * green when the group is significantly faster, red when slower) and every caveat under it, so a reader who
 * stops here has the finding and its limits.
 */
import type { CompareResult, GroupComparison } from '../../../analytics/compare/compare-groups.js';
import { escapeHtml } from '../escape.js';
import { formatCount } from '../format.js';
import { renderHeading, renderParagraph } from '../markup.js';
import type { Section } from '../section.js';

/** Where the rate sentences start: they follow the cycle-time sentence and name no group. */
const RATE_SENTENCES = [' Cases within the SLA of ', ' Cases with rework: '];

export function createVerdictSection(r: CompareResult): Section {
  const alpha = r.settings.alpha;
  const intro = `${r.baseline} is the baseline: ${r.comparisons.length === 1 ? 'the other group is' : 'every other group is'} compared with it, ` +
    `and differences read "other − ${r.baseline}" (negative cycle-time differences mean faster). Significant means a p-value below ` +
    `α = ${alpha}; intervals are 95% (bootstrap of ${formatCount(r.settings.resamples)} resamples with seed ${r.settings.seed} for medians).`;
  // one heading per comparison when there are several: cards have no margin of their own to separate them
  const several = r.comparisons.length > 1;
  const html = r.comparisons.map((c) => (several ? renderHeading(`${c.b} against ${c.a}`) + renderVerdict(c, alpha, 'Verdict') : renderVerdict(c, alpha))).join('\n') +
    renderParagraph(intro, 'table-note');
  return { id: 'verdict', title: 'Verdict', html, charts: {} };
}

function renderVerdict(c: GroupComparison, alpha: number, label = `${c.b} against ${c.a}`): string {
  const t = c.tests.cycleTime;
  const significant = Number.isFinite(t.mannWhitney.p) && t.mannWhitney.p < alpha && t.medianDifferenceSeconds !== 0;
  const tone = !significant ? '' : t.medianDifferenceSeconds < 0 ? ' good' : ' bad';
  const starts = RATE_SENTENCES.map((s) => c.verdict.lastIndexOf(s)).filter((i) => i > 0);
  const at = starts.length ? Math.min(...starts) : -1;
  const sentence = at > 0
    ? `<strong>${escapeHtml(c.verdict.slice(0, at))}</strong> ${escapeHtml(c.verdict.slice(at + 1))}`
    : escapeHtml(c.verdict);
  const caveats = c.caveats.length
    ? `<div class="label">Caveats</div><ul class="caveats">${c.caveats.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
    : '<div class="note">None of the usual caveats applies: both groups are large enough and the tests agree.</div>';
  return `<div class="card verdict${tone}"><div class="label">${escapeHtml(label)}</div><p>${sentence}</p>${caveats}</div>`;
}
