import { describe, expect, it } from 'vitest';
import { measurePrecision } from '../../src/conformance/precision.js';
import { buildPrefixTree } from '../../src/conformance/prefix-tree.js';
import { computeVariantLog } from '../../src/log/variant-log.js';
import { logOf } from '../helpers/log-of.js';
import { CHOICE, LOOP, SKIP } from './helpers/nets.js';

const both = ['token', 'alignments'] as const;

describe('measurePrecision', () => {
  it.each(both)('counts an unused branch as an escaping edge (%s)', (method) => {
    // prefixes: ⟨⟩ enables {a}, log starts with a; ⟨a⟩ enables {b, c}, log continues with b (c escapes);
    // ⟨a b⟩ enables {d}. activated 1 + 2 + 1 = 4, escaping 1
    const r = measurePrecision(logOf('a b d'), CHOICE(), { method });
    expect(r).toMatchObject({ activated: 4, escaping: 1, unfitPrefixes: 0, complete: true });
    expect(r.precision).toBeCloseTo(0.75, 12);
  });

  it.each(both)('is 1 when the log uses every branch (%s)', (method) => {
    const r = measurePrecision(logOf('a b d', 'a c d'), CHOICE(), { method });
    // ⟨⟩: 2 cases × {a}; ⟨a⟩: 2 × {b, c}; ⟨a b⟩, ⟨a c⟩: 1 × {d} each
    expect(r).toMatchObject({ activated: 8, escaping: 0, precision: 1 });
  });

  it.each(both)('sees through silent transitions (%s)', (method) => {
    // after ⟨a⟩ the model offers b, and c after the silent skip; the log only does c
    const r = measurePrecision(logOf('a c'), SKIP(), { method });
    expect(r).toMatchObject({ activated: 3, escaping: 1 });
  });

  it.each(both)('weights prefixes by the cases that continue after them (%s)', (method) => {
    // ⟨⟩ 3 × {a}; ⟨a⟩ 3 × {b}; ⟨a b⟩ 3 × {c, d}, log continues with c and d; ⟨a b c⟩ 1 × {b}; ⟨a b c b⟩ 1 × {c, d}, log: d
    const r = measurePrecision(logOf('a b d', 'a b c b d', 'a b d'), LOOP(), { method });
    expect(r).toMatchObject({ activated: 3 + 3 + 6 + 1 + 2, escaping: 1 });
  });

  it('token replay skips activities the model does not know; alignments leave such prefixes out', () => {
    // token: ⟨a⟩ and ⟨a x⟩ both stay in p1 and enable {b, c}, against x and d: 4 escaping of 2 + 2 (+ 1 for ⟨⟩)
    const token = measurePrecision(logOf('a x d'), CHOICE(), { method: 'token' });
    expect(token).toMatchObject({ activated: 5, escaping: 4, unfitPrefixes: 0 });
    // alignments: ⟨a x⟩ cannot be replayed with synchronous and silent moves only
    const aligned = measurePrecision(logOf('a x d'), CHOICE(), { method: 'alignments' });
    expect(aligned).toMatchObject({ activated: 3, escaping: 2, unfitPrefixes: 1 });
  });

  it('gives up on time and says so', () => {
    const r = measurePrecision(logOf('a b d'), CHOICE(), { maxSeconds: -1 });
    expect(r.complete).toBe(false);
    expect(r.precision).toBeNaN();
  });
});

describe('buildPrefixTree', () => {
  it('shares prefixes and counts the cases that continue', () => {
    const tree = buildPrefixTree(computeVariantLog(logOf('a b', 'a c', 'a b')));
    // root, a, a b, a c
    expect(tree.size).toBe(4);
    expect(Array.from(tree.continuing)).toEqual([3, 3, 0, 0]);
    expect(Array.from(tree.depth)).toEqual([0, 1, 2, 2]);
  });
});
