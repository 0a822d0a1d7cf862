/**
 * Process trees (Leemans): leaves are activities or the silent step τ; inner nodes are sequence `->`,
 * exclusive choice `X`, concurrency `+`, loop `*` (first child the body, the others redo parts) and or `O`.
 * Text form as pm4py writes it: `->( 'a', X( 'b', tau ) )`.
 */

export type TreeOperator = '->' | 'X' | '+' | '*' | 'O';

export type ProcessTree =
  | { readonly kind: 'leaf'; readonly label: string | null }
  | { readonly kind: 'node'; readonly operator: TreeOperator; readonly children: readonly ProcessTree[] };

/** An activity leaf. */
export function leaf(label: string): ProcessTree {
  return { kind: 'leaf', label };
}

/** The silent leaf τ. */
export const TAU: ProcessTree = { kind: 'leaf', label: null };

export function node(operator: TreeOperator, children: readonly ProcessTree[]): ProcessTree {
  return { kind: 'node', operator, children };
}

/**
 * pm4py's notation: `->( 'a', X( 'b', tau ) )`. Quotes and backslashes inside labels are escaped with a
 * backslash so that {@link parseTree} reads the text back.
 *
 * @example
 * formatTree(node('->', [leaf('a'), node('X', [leaf('b'), TAU])])) // "->( 'a', X( 'b', tau ) )"
 */
export function formatTree(tree: ProcessTree): string {
  if (tree.kind === 'leaf') return tree.label === null ? 'tau' : `'${tree.label.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `${tree.operator}( ${tree.children.map(formatTree).join(', ')} )`;
}

/** Reads pm4py's notation (as in its refs and `formatTree`). Throws on malformed text. */
export function parseTree(text: string): ProcessTree {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (what: string): never => {
    throw new Error(`process tree text: ${what} at offset ${i}: …${text.slice(i, i + 20)}`);
  };
  const parse = (): ProcessTree => {
    skip();
    if (text[i] === "'") {
      i++;
      let label = '';
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        label += text[i++];
      }
      if (text[i] !== "'") fail('unterminated label');
      i++;
      return leaf(label);
    }
    if (text.startsWith('tau', i)) {
      i += 3;
      return TAU;
    }
    const op = (['->', 'X', '+', '*', 'O'] as const).find((o) => text.startsWith(o, i));
    if (!op) return fail('expected a label, tau or an operator');
    i += op.length;
    skip();
    if (text[i] !== '(') fail("expected '('");
    i++;
    const children: ProcessTree[] = [];
    for (;;) {
      skip();
      if (text[i] === ')') {
        i++;
        break;
      }
      children.push(parse());
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== ')') fail("expected ',' or ')'");
    }
    return node(op, children);
  };
  const tree = parse();
  skip();
  if (i !== text.length) fail('trailing text');
  return tree;
}

/**
 * A canonical text in which the children of the commutative operators (X, +, O) are sorted, so that two trees
 * that differ only in that order compare equal. Loop children after the body are also a choice, so they are
 * sorted too.
 */
export function canonicalTree(tree: ProcessTree): string {
  if (tree.kind === 'leaf') return formatTree(tree);
  const kids = tree.children.map(canonicalTree);
  if (tree.operator === 'X' || tree.operator === '+' || tree.operator === 'O') kids.sort();
  else if (tree.operator === '*' && kids.length > 2) kids.splice(1, kids.length - 1, ...kids.slice(1).sort());
  return `${tree.operator}( ${kids.join(', ')} )`;
}

/** Equal up to the order of children of commutative operators. */
export function treesEquivalent(a: ProcessTree, b: ProcessTree): boolean {
  return canonicalTree(a) === canonicalTree(b);
}

/** The activity labels of the tree's leaves, each once, sorted. */
export function treeActivities(tree: ProcessTree): string[] {
  const out = new Set<string>();
  const walk = (t: ProcessTree) => {
    if (t.kind === 'leaf') {
      if (t.label !== null) out.add(t.label);
    } else t.children.forEach(walk);
  };
  walk(tree);
  return [...out].sort();
}
