/**
 * IMf's filter (Leemans, Fahland, van der Aalst 2013, "Discovering block-structured process models from event
 * logs containing infrequent behaviour"), as pm4py applies it: keep an edge a→b only when its count exceeds the
 * threshold times the strongest outgoing count of a (a's end count included). Start and end activities stay.
 */
import { keepEdges, type InductiveDfg } from './inductive-dfg.js';

export function filterInfrequentEdges(dfg: InductiveDfg, threshold: number): InductiveDfg {
  const k = dfg.vertices.length;
  const strongest = new Float64Array(k);
  for (let e = 0; e < dfg.edgeFrom.length; e++) strongest[dfg.edgeFrom[e]] = Math.max(strongest[dfg.edgeFrom[e]], dfg.edgeCount[e]);
  for (let v = 0; v < k; v++) if (dfg.outOffsets[v + 1] > dfg.outOffsets[v]) strongest[v] = Math.max(strongest[v], dfg.endCounts[v]);
  const kept = new Uint8Array(dfg.edgeFrom.length);
  for (let e = 0; e < kept.length; e++) kept[e] = dfg.edgeCount[e] > threshold * strongest[dfg.edgeFrom[e]] ? 1 : 0;
  return keepEdges(dfg, kept);
}
