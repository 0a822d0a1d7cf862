/**
 * Prepares a Graphviz SVG for inlining: drops the XML prolog, DOCTYPE and comments, prefixes element ids so two
 * maps can share a page, and removes anything active (scripts, foreignObject, event handlers, javascript:
 * links). Graphviz already escapes label text; this is defence in depth against any renderer.
 */
export function sanitizeSvg(svg: string, idPrefix: string): string {
  const start = svg.search(/<svg[\s>]/i);
  let s = start < 0 ? '' : svg.slice(start);
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*>/gi, '');
  s = s.replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '').replace(/<foreignObject\b[^>]*>/gi, '');
  // Attributes are read one by one with their quoting, so that text inside a value (an activity named
  // `x onerror=y`) is never mistaken for an attribute.
  s = s.replace(/<([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g, (_tag, name: string, attrs: string, selfClose: string) => {
    let out = `<${name}`;
    for (const a of attrs.matchAll(/\s+([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      const key = a[1];
      let value = a[2];
      if (/^on/i.test(key)) continue;
      if (value !== undefined && /^(?:xlink:)?href$/i.test(key) && /^["']?\s*(?:javascript|data):/i.test(value)) value = '"#"';
      if (value !== undefined && key === 'id') value = /^["']/.test(value) ? `${value[0]}${idPrefix}-${value.slice(1)}` : `${idPrefix}-${value}`;
      out += value === undefined ? ` ${key}` : ` ${key}=${value}`;
    }
    return `${out}${selfClose ? '/' : ''}>`;
  });
  return s.trim();
}
