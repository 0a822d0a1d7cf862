/**
 * fast-check arbitrary for small process trees over a few activities, with every operator pm4py converts
 * (sequence, choice, concurrency, loop with one or more redo parts, inclusive or) and silent leaves.
 */
import fc from 'fast-check';
import { leaf, node, TAU, type ProcessTree, type TreeOperator } from '../../src/model/process-tree.js';

export interface TreeArbitraryOptions {
  operators?: TreeOperator[];
  maxDepth?: number;
  maxChildren?: number;
}

export function arbitraryTree(options: TreeArbitraryOptions = {}): fc.Arbitrary<ProcessTree> {
  const operators = options.operators ?? ['->', 'X', '+', '*', 'O'];
  const maxChildren = options.maxChildren ?? 3;
  const leafArb: fc.Arbitrary<ProcessTree> = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', "it's <x> & \"y\"").map(leaf) },
    { weight: 1, arbitrary: fc.constant(TAU) },
  );
  const { tree } = fc.letrec<{ tree: ProcessTree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: options.maxDepth ?? 3 },
      leafArb,
      fc
        .tuple(fc.constantFrom(...operators), fc.array(tie('tree'), { minLength: 2, maxLength: maxChildren }))
        .map(([op, kids]) => node(op, kids)),
    ),
  }));
  return tree;
}
