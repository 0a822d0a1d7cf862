/**
 * Small HTML builders for the report: KPI cards, tables, chart placeholders, activity sequences. Every piece
 * of text goes through escapeHtml here; only `{ html }` cells (built by these same helpers) pass unescaped.
 */
import { escapeHtml } from './escape.js';

/** Markup already escaped by a builder in this folder. */
export interface Markup {
  html: string;
}

export type Cell = string | number | Markup;

export interface Column {
  title: string;
  numeric?: boolean;
}

export interface Card {
  label: string;
  value: string;
  note?: string;
  tone?: 'good' | 'bad';
}

function cellHtml(cell: Cell): string {
  return typeof cell === 'object' ? cell.html : escapeHtml(String(cell));
}

export function renderCards(cards: Card[]): string {
  const items = cards.map((c) => {
    const tone = c.tone ? ` ${c.tone}` : '';
    const note = c.note ? `<div class="note">${escapeHtml(c.note)}</div>` : '';
    return `<div class="card${tone}"><div class="label">${escapeHtml(c.label)}</div><div class="value">${escapeHtml(c.value)}</div>${note}</div>`;
  });
  return `<div class="cards">${items.join('')}</div>`;
}

export interface TableOptions {
  /** a line under the table, e.g. "top 20 of 1,234 shown". */
  caption?: string;
  /** attributes for each body row (already escaped), e.g. `data-variant="3"`. */
  rowAttributes?: (row: number) => string;
  id?: string;
}

export function renderTable(columns: Column[], rows: Cell[][], options: TableOptions = {}): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const attributes = options.rowAttributes ? ` ${options.rowAttributes(r)}` : '';
      const cells = row.map((cell, i) => `<td${columns[i]?.numeric ? ' class="num"' : ''}>${cellHtml(cell)}</td>`).join('');
      return `<tr${attributes}>${cells}</tr>`;
    })
    .join('\n');
  const id = options.id ? ` id="${escapeHtml(options.id)}"` : '';
  const caption = options.caption ? `<p class="table-note">${escapeHtml(options.caption)}</p>` : '';
  return `<div class="table-wrap"><table${id}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${caption}`;
}

/** A placeholder the page script fills with the Vega-Lite chart of that id. */
export function renderChart(id: string, label: string): string {
  return `<div class="chart" id="chart-${escapeHtml(id)}" data-chart="${escapeHtml(id)}" role="img" aria-label="${escapeHtml(label)}"></div>`;
}

/** An activity sequence as a row of chips. */
export function renderSequence(activities: string[]): Markup {
  const chips = activities.map((a) => `<span class="act">${escapeHtml(a)}</span>`).join('<span class="arr">→</span>');
  return { html: `<span class="seq">${chips}</span>` };
}

export function renderParagraph(text: string, className = 'lead'): string {
  return `<p class="${className}">${escapeHtml(text)}</p>`;
}

export function renderHeading(text: string): string {
  return `<h3>${escapeHtml(text)}</h3>`;
}
