/**
 * pm4py 2.7.14's trees (`discover_process_tree_inductive` at noise 0 and 0.2, and IMd on the DFG) against ours, up
 * to the order of X and + children: on the committed fixtures, and on every public log when ../shared is present.
 * The few known differences are listed with their cause; where it is the input (pm4py orders events or reads
 * time zones differently from us), the test checks that the input really differs.
 */
import { describe, expect, it } from 'vitest';
import { discoverInductive } from '../../../src/discovery/inductive/index.js';
import { readLog } from '../../../src/log/read-log.js';
import { computeVariantLog, variantTrace } from '../../../src/log/variant-log.js';
import { countDirectlyFollows } from '../../../src/log/directly-follows.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { formatTree, parseTree, treesEquivalent } from '../../../src/model/process-tree.js';
import { fixtureLogs, fixtureRefs, hasShared, pm4pyReadOptions, refCases, sharedLogs, sharedRefs, type Pm4pyRef } from '../../helpers/pm4py-refs.js';

type Key = 'noise_0.0' | 'noise_0.2' | 'imd';
const VARIANT = { 'noise_0.0': 'im', 'noise_0.2': 'imf', imd: 'imd' } as const;

interface Known {
  reason: string;
  /** the input that differs from pm4py's, checked by the test. */
  input?: 'variants' | 'dfg';
}

const KNOWN: Record<string, Partial<Record<Key, Known>>> = {
  'mobis_challenge_log_2019_snippet.csv': {
    'noise_0.0': { reason: 'our CSV reading orders its events differently from pm4py (21 variants against 43)', input: 'variants' },
    'noise_0.2': { reason: 'as for IM', input: 'variants' },
    imd: { reason: 'as for IM', input: 'dfg' },
  },
  'interval_event_log.csv': {
    'noise_0.0': { reason: 'our reader orders case C644 by start time, pm4py by completion time', input: 'variants' },
  },
  'interval_event_log.xes': {
    imd: { reason: "pm4py's XES reader drops UTC offsets (refs/README.md): its DFG differs from ours", input: 'dfg' },
  },
  '15_bpic2020_permit_log_1t_per_variant.xes.gz': {
    'noise_0.2': { reason: 'an exclusive-choice tie in IMf, see the test below' },
  },
};

function variantsMatch(log: EventLog, ref: Pm4pyRef): boolean {
  const v = computeVariantLog(log);
  const ours = new Map<string, number>();
  for (let i = 0; i < v.counts.length; i++) ours.set(Array.from(variantTrace(v, i), (a) => log.activityNames[a]).join('\u0000'), v.counts[i]);
  const theirs = ref.variants?.variants ?? [];
  return theirs.length === ours.size && theirs.every((x) => ours.get(x.activities.join('\u0000')) === x.count);
}

function dfgMatches(log: EventLog, ref: Pm4pyRef): boolean {
  const df = countDirectlyFollows(log);
  const ours = new Map<string, number>();
  for (let e = 0; e < df.from.length; e++) ours.set(`${log.activityNames[df.from[e]]}\u0000${log.activityNames[df.to[e]]}`, df.count[e]);
  const theirs = ref.dfg?.edges ?? [];
  return theirs.length === ours.size && theirs.every((x) => ours.get(`${x.from}\u0000${x.to}`) === x.count);
}

function checkLog(name: string, file: string, ref: Pm4pyRef) {
  return async () => {
    const log = await readLog(file, pm4pyReadOptions(ref));
    for (const key of ['noise_0.0', 'noise_0.2', 'imd'] as const) {
      const expected = ref.inductive?.[key]?.tree;
      if (!expected) continue;
      const tree = discoverInductive(log, { variant: VARIANT[key], noiseThreshold: key === 'noise_0.2' ? 0.2 : undefined });
      const known = KNOWN[name]?.[key];
      if (!known) {
        expect(treesEquivalent(tree, parseTree(expected)), `${key} on ${name}:\n ours  ${formatTree(tree)}\n pm4py ${expected}`).toBe(true);
      } else if (known.input) {
        expect(known.input === 'variants' ? variantsMatch(log, ref) : dfgMatches(log, ref), `${key} on ${name}: the input was expected to differ`).toBe(false);
      }
    }
  };
}

const withTrees = (cases: [string, string, Pm4pyRef][]) => cases.filter(([, , ref]) => ref.inductive?.['noise_0.0']?.tree);

describe('inductive miner against pm4py: fixtures', () => {
  const cases = withTrees(refCases(fixtureLogs, fixtureRefs));
  it('has fixtures with trees', () => expect(cases.length).toBeGreaterThan(15));
  for (const [name, file, ref] of cases) it(name, checkLog(name, file, ref), 60_000);
});

describe.skipIf(!hasShared)('inductive miner against pm4py: every public log', () => {
  for (const [name, file, ref] of withTrees(refCases(sharedLogs, sharedRefs))) it(name, checkLog(name, file, ref), 180_000);

  it('15_bpic2020 IMf: pm4py broke an exclusive-choice tie the other way', async () => {
    // In IMf a trace may span several groups of a cut found on the filtered DFG; both pm4py and we give it to the
    // group holding most of its events, ties to the later group. pm4py's group order is networkx's component
    // order over a Python set of activity names, which depends on the process's string-hash seed: its tie-breaks
    // (and so this tree) vary between runs. We order groups by name. Here ⟨Permit APPROVED by BUDGET OWNER,
    // Permit REJECTED by SUPERVISOR⟩ ×20 ties between two groups; the trees differ only in what follows.
    const name = '15_bpic2020_permit_log_1t_per_variant.xes.gz';
    const [, file, ref] = refCases(sharedLogs, sharedRefs).find(([n]) => n === name)!;
    const tree = formatTree(discoverInductive(await readLog(file, pm4pyReadOptions(ref)), { variant: 'imf', noiseThreshold: 0.2 }));
    const theirs = "+( *( 'Request For Payment REJECTED by EMPLOYEE', tau ), ->( X( tau, *( 'Request For Payment REJECTED by ADMINISTRATION', tau ) ), X( tau, *( 'Request For Payment REJECTED by SUPERVISOR', tau ) ) ) )";
    const ours = "+( X( tau, *( 'Request For Payment REJECTED by EMPLOYEE', tau ) ), ->( *( 'Request For Payment REJECTED by ADMINISTRATION', tau ), X( tau, *( 'Request For Payment REJECTED by SUPERVISOR', tau ) ) ) )";
    expect(ref.inductive!['noise_0.2'].tree).toContain(theirs);
    expect(tree).toBe(ref.inductive!['noise_0.2'].tree!.replace(theirs, ours));
  }, 60_000);
});
