/**
 * The shell every HTML report shares: header, section navigation, the sections, the data block, and the
 * inlined vega / vega-lite / vega-embed bundles and page script. A Content-Security-Policy allows no request
 * at all and only the page's own scripts (by hash), so the file works offline and injected markup cannot run.
 */
import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml, escapeInlineScript, escapeScriptJson } from './escape.js';
import { PAGE_STYLE } from './page-style.js';
import type { Section } from './section.js';
import { readVendorScripts } from './vendor-scripts.js';

export interface PageOptions {
  title: string;
  /** lines under the title (log name, time range). */
  subtitle: string[];
  sections: Section[];
  /** footer text, e.g. the generator and the time of generation. */
  footer?: string;
}

function hashScript(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function renderPage(options: PageOptions): string {
  const charts: Record<string, unknown> = {};
  const data: Record<string, unknown> = { charts };
  for (const section of options.sections) {
    Object.assign(charts, section.charts);
    if (section.data) Object.assign(data, section.data);
  }
  const vendors = readVendorScripts();
  const scripts = [...vendors.map((v) => escapeInlineScript(v.source)), escapeInlineScript(CLIENT_SCRIPT)];
  // Vega compiles its expressions with Function(), hence 'unsafe-eval'; styles are set inline by vega-embed.
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(hashScript).join(' ')} 'unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const nav = options.sections.map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a>`).join('');
  const body = options.sections
    .map((s) => `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`)
    .join('\n');
  const credits = vendors.map((v) => `${v.name} ${v.version}`).join(', ');
  const footer = [options.footer, `Charts drawn with ${credits} (BSD-3-Clause, University of Washington Interactive Data Lab), included in this file.`]
    .filter((x): x is string => Boolean(x))
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="generator" content="procmine">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(options.title)}</h1>${options.subtitle.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</header>
<nav aria-label="Sections">${nav}</nav>
<main>
${body}
</main>
<footer>${footer}</footer>
<script type="application/json" id="procmine-data">${escapeScriptJson(data)}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
}
