/**
 * Structural checks of a workflow net (van der Aalst 1997): one source place holding the initial token, one
 * sink place that the final marking names, and every place and transition on a path from source to sink.
 * Returns the problems in words; conformance still runs on a net that is not a workflow net, on the markings
 * given, so these are warnings.
 */
import type { AcceptingPetriNet } from './petri-net.js';

export function describeWorkflowProblems(apn: AcceptingPetriNet): string[] {
  const { net } = apn;
  const problems: string[] = [];
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const id of [...net.places.map((p) => p.id), ...net.transitions.map((t) => t.id)]) {
    incoming.set(id, []);
    outgoing.set(id, []);
  }
  for (const a of net.arcs) {
    outgoing.get(a.source)?.push(a.target);
    incoming.get(a.target)?.push(a.source);
  }
  const sources = net.places.filter((p) => incoming.get(p.id)!.length === 0).map((p) => p.id);
  const sinks = net.places.filter((p) => outgoing.get(p.id)!.length === 0).map((p) => p.id);
  if (sources.length !== 1) problems.push(`it has ${sources.length} source places (places without incoming arcs), not one`);
  if (sinks.length !== 1) problems.push(`it has ${sinks.length} sink places (places without outgoing arcs), not one`);
  const initial = [...apn.initialMarking.entries()].filter(([, n]) => n > 0);
  if (sources.length === 1 && !(initial.length === 1 && initial[0][0] === sources[0] && initial[0][1] === 1)) {
    problems.push('the initial marking is not one token in the source place');
  }
  const final = [...apn.finalMarking.entries()].filter(([, n]) => n > 0);
  if (sinks.length === 1 && !(final.length === 1 && final[0][0] === sinks[0] && final[0][1] === 1)) {
    problems.push('the final marking is not one token in the sink place');
  }
  if (sources.length === 1 && sinks.length === 1) {
    const reach = (start: string, next: Map<string, string[]>) => {
      const seen = new Set([start]);
      const stack = [start];
      while (stack.length) for (const n of next.get(stack.pop()!)!) if (!seen.has(n)) (seen.add(n), stack.push(n));
      return seen;
    };
    const fromSource = reach(sources[0], outgoing);
    const toSink = reach(sinks[0], incoming);
    const off = [...incoming.keys()].filter((id) => !fromSource.has(id) || !toSink.has(id));
    if (off.length > 0) problems.push(`${off.length} node(s) are not on a path from source to sink (e.g. ${off.slice(0, 3).join(', ')})`);
  }
  return problems;
}
