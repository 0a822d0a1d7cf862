/** Tree assertions: equal up to the order of X and + children, with both trees printed on failure. */
import { expect } from 'vitest';
import { canonicalTree, parseTree } from '../../../src/model/process-tree.js';

export function expectTree(actual: string, expected: string): void {
  expect(canonicalTree(parseTree(actual)), `got ${actual}`).toBe(canonicalTree(parseTree(expected)));
}
