import { describe, expect, it } from 'vitest';
import { applyBaseCase, applyDfgBaseCase } from '../../../src/discovery/inductive/base-cases.js';
import { createContext } from '../../../src/discovery/inductive/context.js';
import { buildDfg } from '../../../src/discovery/inductive/inductive-dfg.js';
import { EMPTY_LOG } from '../../../src/discovery/inductive/sub-log.js';
import { formatTree } from '../../../src/model/process-tree.js';
import { miniLog } from './mini-log.js';

const text = (t: ReturnType<typeof applyBaseCase>) => (t ? formatTree(t) : null);

describe('base cases', () => {
  it('an empty log is τ', () => {
    expect(text(applyBaseCase(EMPTY_LOG, createContext([])))).toBe('tau');
  });

  it('a log of ⟨a⟩ only is a', () => {
    const m = miniLog('a', 'a', 'a');
    expect(text(applyBaseCase(m.log, m.ctx))).toBe("'a'");
  });

  it('a log of ⟨⟩ only is τ', () => {
    const m = miniLog('', '');
    expect(text(applyBaseCase(m.log, m.ctx))).toBe('tau');
  });

  it('anything else is not a base case', () => {
    for (const traces of [['a', 'b'], ['a a'], ['a', '']]) {
      const m = miniLog(...traces);
      expect(applyBaseCase(m.log, m.ctx)).toBeNull();
    }
  });

  it('on a DFG: no vertex is τ, one vertex without edges is that activity', () => {
    const ctx = createContext(['a', 'b']);
    expect(text(applyDfgBaseCase(buildDfg(ctx, { edges: [], starts: new Map(), ends: new Map() }), ctx))).toBe('tau');
    const one = new Map([[1, 4]]);
    expect(text(applyDfgBaseCase(buildDfg(ctx, { edges: [], starts: one, ends: one }), ctx))).toBe("'b'");
    expect(applyDfgBaseCase(buildDfg(ctx, { edges: [1, 1, 2], starts: one, ends: one }), ctx)).toBeNull();
  });
});
