/**
 * The type of a non-core CSV cell: `int` for integers that print back unchanged (`String(parseInt(s)) === s`,
 * within ±2^53), `float` for plain decimal numbers a double holds exactly (at most 15 significant digits, or
 * exactly the text JS prints for the number, as the CSV writer writes floats), `boolean` for true/false, else `string`. `007`, `1,5`, `+3` and `1e400` stay
 * text. Case id, activity and resource are always text and never come here.
 */
import type { ColumnBuilder } from '../column-builder.js';

export const CELL_STRING = 0;
export const CELL_INT = 1;
export const CELL_FLOAT = 2;
export const CELL_TRUE = 3;
export const CELL_FALSE = 4;

/** One of the CELL_* kinds. */
export function classifyCell(text: string): number {
  const n = text.length;
  const c = text.charCodeAt(0);
  if (c === 116 || c === 84 || c === 102 || c === 70) {
    if (text === 'true' || text === 'True' || text === 'TRUE') return CELL_TRUE;
    if (text === 'false' || text === 'False' || text === 'FALSE') return CELL_FALSE;
    return CELL_STRING;
  }
  // Number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  let i = c === 45 ? 1 : 0;
  if (i >= n) return CELL_STRING;
  let d = text.charCodeAt(i);
  if (d < 48 || d > 57) return CELL_STRING;
  let significant = 0;
  if (d === 48) {
    i++;
  } else {
    while (i < n && (d = text.charCodeAt(i)) >= 48 && d <= 57) {
      i++;
      significant++;
    }
  }
  if (i === n) {
    if (c === 45 && significant === 0) return CELL_STRING; // "-0"
    if (significant <= 15 || Number.isSafeInteger(Number(text))) return CELL_INT;
    // A large integer is a float when it is exactly what JS prints for the double (2^60), else text (an id).
    return String(Number(text)) === text ? CELL_FLOAT : CELL_STRING;
  }
  if (text.charCodeAt(i) === 46) {
    i++;
    const from = i;
    while (i < n && (d = text.charCodeAt(i)) >= 48 && d <= 57) {
      if (significant > 0 || d !== 48) significant++;
      i++;
    }
    if (i === from) return CELL_STRING;
  }
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const from = i;
    while (i < n && (d = text.charCodeAt(i)) >= 48 && d <= 57) i++;
    if (i === from) return CELL_STRING;
  }
  if (i !== n) return CELL_STRING;
  const value = Number(text);
  if (!Number.isFinite(value)) return CELL_STRING;
  return significant <= 15 || String(value) === text ? CELL_FLOAT : CELL_STRING;
}

/** Sets `text` (already classified as `kind`) on `column` at `row`. */
export function setCell(column: ColumnBuilder, row: number, text: string, kind: number, number: number): void {
  switch (kind) {
    case CELL_INT:
      column.setNumber(row, number, 'int');
      break;
    case CELL_FLOAT:
      column.setNumber(row, number, 'float');
      break;
    case CELL_TRUE:
      column.setBoolean(row, true);
      break;
    case CELL_FALSE:
      column.setBoolean(row, false);
      break;
    default:
      column.setString(row, text);
  }
}
