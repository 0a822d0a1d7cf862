import { describe, expect, it } from 'vitest';
import { canonicalTree, formatTree, leaf, node, parseTree, TAU, treeActivities, treesEquivalent } from '../../src/model/process-tree.js';

const pm4pyRunningExample =
  "->( 'register request', *( ->( +( 'check ticket', X( 'examine thoroughly', 'examine casually' ) ), 'decide' ), 'reinitiate request' ), X( 'reject request', 'pay compensation' ) )";

describe('process tree text', () => {
  it('formats as pm4py does', () => {
    expect(formatTree(node('->', [leaf('a'), node('X', [leaf('b'), TAU])]))).toBe("->( 'a', X( 'b', tau ) )");
  });

  it("reads pm4py's text back to the same text", () => {
    expect(formatTree(parseTree(pm4pyRunningExample))).toBe(pm4pyRunningExample);
  });

  it('escapes quotes in labels', () => {
    const t = node('+', [leaf("it's"), leaf('back\\slash')]);
    expect(parseTree(formatTree(t))).toEqual(t);
  });

  it('compares up to the order of commutative children', () => {
    const a = parseTree("->( 'a', X( 'b', +( 'c', 'd' ) ) )");
    const b = parseTree("->( 'a', X( +( 'd', 'c' ), 'b' ) )");
    const c = parseTree("->( X( 'b', +( 'c', 'd' ) ), 'a' )");
    expect(treesEquivalent(a, b)).toBe(true);
    expect(treesEquivalent(a, c)).toBe(false);
    expect(canonicalTree(parseTree("*( 'a', 'c', 'b' )"))).toBe("*( 'a', 'b', 'c' )");
  });

  it('lists activities', () => {
    expect(treeActivities(parseTree(pm4pyRunningExample))).toHaveLength(8);
  });

  it('rejects malformed text', () => {
    expect(() => parseTree("->( 'a'")).toThrow(/expected/);
    expect(() => parseTree("'a' 'b'")).toThrow(/trailing/);
  });
});
