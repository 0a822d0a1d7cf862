import { describe, expect, it } from 'vitest';
import { foldTree } from '../../../src/discovery/inductive/fold-tree.js';
import { sortTree } from '../../../src/discovery/inductive/sort-tree.js';
import { formatTree, parseTree } from '../../../src/model/process-tree.js';

const fold = (text: string) => formatTree(foldTree(parseTree(text)));

describe("pm4py's tree folding", () => {
  it('removes τ from sequences and parallels', () => {
    expect(fold("->( 'a', ->( tau, 'b' ), X( tau, tau ) )")).toBe("->( 'a', 'b' )");
    expect(fold("+( tau, 'a', tau, tau, 'b' )")).toBe("+( 'a', 'b' )");
    expect(fold('->( tau, tau )')).toBe('tau');
  });

  it('keeps one τ in a choice', () => {
    // pm4py removes the first τ of the surplus.
    expect(fold("X( tau, 'a', tau )")).toBe("X( 'a', tau )");
    expect(fold("X( tau, X( tau, 'a' ) )")).toBe("X( tau, 'a' )");
  });

  it('flattens nested operators of the same kind, in place', () => {
    expect(fold("X( X( 'a', 'b' ), 'c' )")).toBe("X( 'a', 'b', 'c' )");
    expect(fold("->( 'a', ->( 'b', 'c' ), 'd' )")).toBe("->( 'a', 'b', 'c', 'd' )");
    expect(fold("+( +( 'a', 'b' ), ->( 'c', ->( 'd', 'e' ) ) )")).toBe("+( 'a', 'b', ->( 'c', 'd', 'e' ) )");
  });

  it('never flattens loops', () => {
    expect(fold("*( *( 'a', 'b' ), 'c' )")).toBe("*( *( 'a', 'b' ), 'c' )");
    expect(fold("*( 'a', tau )")).toBe("*( 'a', tau )");
  });

  it('replaces one-child operators and all-τ loops by what they hold', () => {
    expect(fold("->( 'a' )")).toBe("'a'");
    expect(fold("X( ->( 'a', tau ) )")).toBe("'a'");
    expect(fold('*( tau, tau )')).toBe('tau');
  });

  it('orders X and + children as pm4py does (by the MD5 of their labels)', () => {
    // pm4py prints the running example's choice as X( 'examine thoroughly', 'examine casually' ).
    const t = sortTree(parseTree("X( 'examine casually', 'examine thoroughly' )"));
    expect(formatTree(t)).toBe("X( 'examine thoroughly', 'examine casually' )");
    expect(formatTree(sortTree(parseTree("->( 'b', 'a' )")))).toBe("->( 'b', 'a' )");
  });
});
