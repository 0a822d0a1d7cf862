/**
 * The groups side by side, one block of cards each: cases and events, median / mean / 90th-percentile cycle
 * time, SLA and rework shares. Cards of a compared group note the difference to the baseline with its p-value,
 * and turn green or red only when that difference is significant.
 */
import type { CompareResult, GroupComparison, GroupSummary } from '../../../analytics/compare/compare-groups.js';
import type { ShareTest } from '../../../analytics/compare/write-verdict.js';
import { formatCount, formatDuration, formatShare } from '../format.js';
import { renderCards, renderHeading, type Card } from '../markup.js';
import type { Section } from '../section.js';
import { formatP, formatPoints, formatSignedDuration } from './compare-format.js';

type Tone = Card['tone'];

export function createGroupsSection(r: CompareResult): Section {
  const alpha = r.settings.alpha;
  const blocks = r.groups.map((g, i) => {
    const c = i === 0 ? undefined : r.comparisons[i - 1];
    const heading = renderHeading(i === 0 ? `${g.name} (baseline)` : g.name);
    return `<div>${heading}${renderCards(createGroupCards(g, r.groups[0], c, r.settings.slaSeconds, alpha))}</div>`;
  });
  return { id: 'groups', title: 'Groups', html: `<div class="grid2">${blocks.join('')}</div>`, charts: {} };
}

function createGroupCards(g: GroupSummary, base: GroupSummary, c: GroupComparison | undefined, slaSeconds: number | undefined, alpha: number): Card[] {
  const ct = g.cycleTime;
  const tone = (p: number, better: boolean): Tone => (Number.isFinite(p) && p < alpha ? (better ? 'good' : 'bad') : undefined);
  const timeCard = (label: string, value: number, baseValue: number, p?: number): Card => {
    const card: Card = { label, value: formatDuration(value) };
    if (!c) return card;
    const diff = value - baseValue;
    card.note = `${formatSignedDuration(diff)} vs ${base.name}${p === undefined ? '' : ` · ${formatP(p)}`}`;
    const t = p === undefined || diff === 0 ? undefined : tone(p, diff < 0);
    if (t) card.tone = t;
    return card;
  };
  const shareCard = (label: string, value: number, test: ShareTest | undefined, higherIsBetter: boolean, detail: string): Card => {
    const card: Card = { label, value: formatShare(value), note: detail };
    if (!c || !test) return card;
    card.note = `${formatPoints(test.difference)} vs ${base.name} · ${formatP(test.p)}`;
    const t = test.difference === 0 ? undefined : tone(test.p, higherIsBetter ? test.difference > 0 : test.difference < 0);
    if (t) card.tone = t;
    return card;
  };
  const cards: Card[] = [
    { label: 'Cases', value: formatCount(g.cases), note: `${formatCount(g.events)} events` },
    timeCard('Median cycle time', ct.median, base.cycleTime.median, c?.tests.cycleTime.mannWhitney.p),
    timeCard('Mean cycle time', ct.mean, base.cycleTime.mean, c?.tests.cycleTime.welch.p),
    timeCard('90th percentile', ct.p90, base.cycleTime.p90),
  ];
  if (g.slaShare !== undefined && slaSeconds !== undefined) {
    cards.push(shareCard(`Within SLA of ${formatDuration(slaSeconds)}`, g.slaShare, c?.tests.slaShare, true, 'share of cases'));
  }
  cards.push(shareCard('Rework', g.reworkShare, c?.tests.reworkShare, false, 'cases repeating an activity'));
  return cards;
}

