/**
 * pm4py's `tree_sort`: the children of X and + ordered by the sum of the MD5 hashes of the labels below them, so
 * that our trees print in the same order as pm4py's. Only the order of commutative children changes.
 */
import { createHash } from 'node:crypto';
import { node, type ProcessTree } from '../../model/process-tree.js';

function labelHash(label: string): bigint {
  return BigInt('0x' + createHash('md5').update(label, 'utf8').digest('hex'));
}

function sortWithSum(tree: ProcessTree): { tree: ProcessTree; sum: bigint } {
  if (tree.kind === 'leaf') return { tree, sum: tree.label === null ? 0n : labelHash(tree.label) };
  const kids = tree.children.map(sortWithSum);
  let sum = 0n;
  for (const k of kids) sum += k.sum;
  if (tree.operator === 'X' || tree.operator === '+') kids.sort((a, b) => (a.sum < b.sum ? -1 : a.sum > b.sum ? 1 : 0));
  return { tree: node(tree.operator, kids.map((k) => k.tree)), sum };
}

export function sortTree(tree: ProcessTree): ProcessTree {
  return sortWithSum(tree).tree;
}
