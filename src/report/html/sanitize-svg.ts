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
  s = s.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag
      .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/(\s(?:xlink:)?href\s*=\s*["'])\s*(?:javascript|data):[^"']*/gi, '$1#')
      .replace(/(\sid\s*=\s*["'])/g, `$1${idPrefix}-`),
  );
  return s.trim();
}
