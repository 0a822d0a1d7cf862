import { describe, expect, it } from 'vitest';
import { removeEmptyTraces, splitSkippableDfg } from '../../../../src/discovery/inductive/fall-throughs/empty-traces.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('empty traces', () => {
  it('makes the rest optional in IM', () => {
    expectTree(mine('im', ['a b', '', 'a b']), "X( tau, ->( 'a', 'b' ) )");
  });

  it('are removed keeping the order of the other traces', () => {
    const m = miniLog('b', '', 'a', 'b');
    expect(m.traces(removeEmptyTraces(m.log))).toEqual(['b ×2', 'a ×1']);
  });

  it('are dropped by IMf when they are at most the noise threshold of the cases', () => {
    const nine = Array.from({ length: 9 }, () => 'a');
    expect(mine('imf', [...nine, ''], 0.2)).toBe("'a'");
    expect(mine('imf', [...nine, ''], 0.05)).toBe("X( tau, 'a' )");
    const seven = Array.from({ length: 7 }, () => 'a');
    expect(mine('imf', [...seven, '', '', ''], 0.2)).toBe("X( tau, 'a' )");
  });

  it('on a DFG flagged as skippable give X(τ, the same DFG)', () => {
    const m = miniLog('a b');
    expect(splitSkippableDfg({ dfg: m.dfg, skip: false }, m.ctx)).toBeNull();
    const [none, same] = splitSkippableDfg({ dfg: m.dfg, skip: true }, m.ctx)!;
    expect(none.dfg.vertices.length).toBe(0);
    expect(same).toEqual({ dfg: m.dfg, skip: false });
  });
});
