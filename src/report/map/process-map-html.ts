/**
 * A process map as one self-contained HTML page: the Graphviz SVG inline (it carries its own tooltips), a title
 * and a caption. No script and no network request.
 */
import { escapeHtml } from '../html/escape.js';

export function renderProcessMapHtml(svg: string, title: string, caption: string): string {
  // Graphviz emits an XML prolog and DOCTYPE before <svg>; inside HTML only the <svg> element belongs.
  const inline = svg.slice(Math.max(0, svg.indexOf('<svg')));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 1.5rem; color: #263238; }
  h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
  p.caption { color: #607d8b; margin: 0 0 1rem; }
  .map { overflow: auto; border: 1px solid #eceff1; border-radius: 6px; padding: .5rem; }
  .map svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="caption">${escapeHtml(caption)}</p>
<div class="map">
${inline}
</div>
</body>
</html>
`;
}
