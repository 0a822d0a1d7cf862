/**
 * cli-table3 tables the same way everywhere: a header row, numbers right-aligned, a "… N more" line when a
 * list is cut, and no colours unless the style has them.
 */
import Table from 'cli-table3';
import type { Style } from './style.js';

export interface TableSpec {
  head: string[];
  /** 'r' for right-aligned (numeric) columns. */
  align: ('l' | 'r')[];
  rows: string[][];
  /** rows to show at most. */
  top?: number;
}

export function makeTable(spec: TableSpec, style: Style): string {
  const t = new Table({
    head: spec.head,
    colAligns: spec.align.map((a) => (a === 'r' ? 'right' : 'left')),
    style: { head: style.enabled ? ['cyan'] : [], border: [] },
    // no rule between body rows: long lists stay compact
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    wordWrap: true,
  });
  const top = spec.top ?? Infinity;
  for (const row of spec.rows.slice(0, top)) t.push(row);
  let out = t.toString();
  if (spec.rows.length > top) out += `\n${style.dim(`… ${spec.rows.length - top} more (use --full or --top to see more)`)}`;
  return out;
}

/** `1,234` */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `12.5%` */
export function formatShare(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–';
}

/** A long activity sequence shortened to its ends: `a → b → … (12 more) → y → z`. */
export function abbreviateTrace(activities: string[], full: boolean, keep = 3): string {
  if (full || activities.length <= keep * 2 + 1) return activities.join(' → ');
  const hidden = activities.length - keep * 2;
  return [...activities.slice(0, keep), `… (${hidden} more)`, ...activities.slice(-keep)].join(' → ');
}
