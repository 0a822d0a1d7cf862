/**
 * pm4py's simplification of discovered trees (`fold`, `reduce_tau_leafs` in `process_tree/utils/generic.py`):
 * nested X/+/-> of one operator flattened, one-child operators replaced by the child, τ dropped from -> and + and
 * kept once in X. Followed step by step, so that the result is pm4py's by construction.
 */
import { node, TAU, leaf, type ProcessTree, type TreeOperator } from '../../model/process-tree.js';

interface MutableTree {
  operator: TreeOperator | null;
  label: string | null;
  children: MutableTree[];
}

function toMutable(tree: ProcessTree): MutableTree {
  return tree.kind === 'leaf'
    ? { operator: null, label: tree.label, children: [] }
    : { operator: tree.operator, label: null, children: tree.children.map(toMutable) };
}

function toTree(t: MutableTree): ProcessTree {
  if (t.operator === null || t.children.length === 0) return t.label === null ? TAU : leaf(t.label);
  return node(t.operator, t.children.map(toTree));
}

const isTau = (t: MutableTree) => t.operator === null && t.label === null && t.children.length === 0;

/** pm4py's text, only ever compared by length. */
function measureText(t: MutableTree): number {
  if (t.operator === null) return t.label === null ? 3 : t.label.length + 2;
  let n = t.operator.length + 4;
  t.children.forEach((c, i) => (n += measureText(c) + (i > 0 ? 2 : 0)));
  return n;
}

/**
 * Python's `for c in list: if tau: list.remove(c)`: the index advances past removals, so some τ survive the pass
 * (pm4py's later passes remove them; following it keeps the intermediate trees, and so the result, pm4py's).
 */
function removeTausWhileIterating(children: MutableTree[]): void {
  for (let i = 0; i < children.length; i++) {
    if (isTau(children[i])) children.splice(children.findIndex(isTau), 1);
  }
}

function removeTausButOne(children: MutableTree[], silents: number): void {
  while (silents > 1) {
    children.splice(children.findIndex(isTau), 1);
    silents--;
  }
}

function reduceTauLeaves(tree: MutableTree): MutableTree {
  if (tree.children.length === 0) return tree;
  for (const c of tree.children) reduceTauLeaves(c);
  const silents = tree.children.filter(isTau).length;
  if (silents === 0) return tree;
  const op = tree.operator;
  if (silents === tree.children.length) {
    if (op === '->' || op === '+' || op === 'X' || op === 'O') removeTausButOne(tree.children, silents);
    else if (op === '*' && tree.children.length === 2) removeTausWhileIterating(tree.children);
  } else if (op === '->' || op === '+') removeTausWhileIterating(tree.children);
  else if (op === 'X' || op === 'O') removeTausButOne(tree.children, silents);
  return tree;
}

function foldOnce(tree: MutableTree): MutableTree {
  tree = reduceTauLeaves(tree);
  if (tree.children.length === 0) return tree;
  tree.children = tree.children.map(foldOnce);
  if (tree.children.length === 1) return tree.children[0];
  if (tree.operator === '->' || tree.operator === '+') {
    tree.children = tree.children.filter((c) => !isTau(c));
    if (tree.children.length === 0) tree.operator = null;
  }
  if (tree.operator === '->' || tree.operator === 'X' || tree.operator === '+') {
    const op = tree.operator;
    tree.children = tree.children.flatMap((c) => (c.operator === op ? c.children : [c]));
  }
  return tree;
}

function foldMutable(tree: MutableTree): MutableTree {
  tree = foldOnce(tree);
  while (tree.children.length === 1) tree = tree.children[0];
  let length = measureText(tree);
  tree = reduceTauLeaves(tree);
  if (measureText(tree) !== length) {
    tree = foldMutable(tree);
    length = measureText(tree);
  }
  const again = foldOnce(tree);
  if (measureText(again) !== length) tree = foldMutable(again);
  return tree;
}

/**
 * Simplifies a discovered tree as pm4py does after mining.
 *
 * @example
 * formatTree(foldTree(parseTree("->( 'a', ->( tau, 'b' ), X( tau, tau ) )"))) // "->( 'a', 'b' )"
 */
export function foldTree(tree: ProcessTree): ProcessTree {
  return toTree(foldMutable(toMutable(tree)));
}
