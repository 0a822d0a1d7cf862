/** The test helper deciding trace membership in a tree's language, checked on hand-made trees first. */
import { describe, expect, it } from 'vitest';
import { parseTree } from '../../../src/model/process-tree.js';
import { acceptsTrace, TreeLanguage } from '../../helpers/tree-language.js';

const accepts = (tree: string, trace: string) => acceptsTrace(parseTree(tree), trace.split(' ').filter(Boolean));

describe('tree language', () => {
  it('leaves and τ', () => {
    expect(accepts("'a'", 'a')).toBe(true);
    expect(accepts("'a'", '')).toBe(false);
    expect(accepts("'a'", 'a a')).toBe(false);
    expect(accepts('tau', '')).toBe(true);
    expect(accepts('tau', 'a')).toBe(false);
  });

  it('sequence and choice', () => {
    const t = "->( 'a', X( 'b', tau ), 'c' )";
    expect(accepts(t, 'a b c')).toBe(true);
    expect(accepts(t, 'a c')).toBe(true);
    expect(accepts(t, 'a b')).toBe(false);
    expect(accepts(t, 'b a c')).toBe(false);
    expect(accepts(t, 'a b b c')).toBe(false);
  });

  it('concurrency interleaves children, nested sequences keep their order', () => {
    const t = "+( 'a', ->( 'b', 'c' ), X( 'd', tau ) )";
    for (const trace of ['a b c', 'b a c', 'b c a', 'd b a c', 'b d c a', 'b c d a']) expect(accepts(t, trace)).toBe(true);
    for (const trace of ['c b a', 'a b', 'a b c a', 'a d b c d']) expect(accepts(t, trace)).toBe(false);
  });

  it('loops: body, then any number of (redo, body)', () => {
    const t = "*( 'a', 'b', 'c' )";
    for (const trace of ['a', 'a b a', 'a c a b a', 'a b a b a']) expect(accepts(t, trace)).toBe(true);
    for (const trace of ['', 'a b', 'b a', 'a a', 'a b c a']) expect(accepts(t, trace)).toBe(false);
  });

  it('loops with silent parts: *(a, τ) is a⁺ and *(X(a, τ), τ) is a*', () => {
    expect(accepts("*( 'a', tau )", 'a a a')).toBe(true);
    expect(accepts("*( 'a', tau )", '')).toBe(false);
    expect(accepts("*( X( 'a', tau ), tau )", '')).toBe(true);
    expect(accepts("*( X( 'a', tau ), tau )", 'a a')).toBe(true);
    expect(accepts('*( tau, tau )', '')).toBe(true);
    expect(accepts("*( tau, 'b' )", 'b b b')).toBe(true);
  });

  it('concurrency inside loops and loops inside concurrency', () => {
    const t = "*( +( 'a', 'b' ), 'c' )";
    expect(accepts(t, 'b a c a b')).toBe(true);
    expect(accepts(t, 'a c b')).toBe(false);
    const u = "+( *( 'a', tau ), 'b' )";
    expect(accepts(u, 'a a b a')).toBe(true);
    expect(accepts(u, 'a a')).toBe(false);
  });

  it('duplicate labels and the or operator', () => {
    expect(accepts("->( X( 'a', ->( 'a', 'b' ) ), 'b' )", 'a b b')).toBe(true);
    expect(accepts("->( X( 'a', ->( 'a', 'b' ) ), 'b' )", 'a b')).toBe(true);
    const o = "O( 'a', 'b' )";
    expect(accepts(o, 'a')).toBe(true);
    expect(accepts(o, 'b a')).toBe(true);
    expect(accepts(o, '')).toBe(false);
  });

  it('scales to wide concurrency without enumerating interleavings', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const lang = new TreeLanguage(parseTree(`+( ${labels.map((l) => `X( tau, '${l}' )`).join(', ')} )`));
    expect(lang.accepts([...labels].reverse())).toBe(true);
    expect(lang.accepts(['a3', 'a3'])).toBe(false);
  });
});
