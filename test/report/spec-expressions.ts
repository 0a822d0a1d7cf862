/** Test helper: the strings of a (Vega or Vega-Lite) spec that Vega evaluates as expressions. */
export function specExpressions(spec: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (['test', 'expr', 'labelExpr', 'calculate', 'filter', 'signal', 'update'].includes(key) && typeof value === 'string') out.push(value);
        walk(value);
      }
    }
  };
  walk(spec);
  return out;
}
