/**
 * The typed value of one XES attribute as the reader carries it without allocating: a small type code, the text
 * (for strings, ids and nested JSON, and for typed values whose text is needed) and a number (ints, floats, dates
 * as epoch ms, booleans as 1/0). Also how such a value goes into a column.
 */
import type { ColumnBuilder } from '../column-builder.js';
import type { WallToInstant } from '../timestamps/zone-offset.js';
import { dateScan, parseXsDateTime } from './parse-xs-date-time.js';
import { parseXsBoolean, parseXsFloat, parseXsInt } from './parse-xs-number.js';
import { N_STRING } from './xes-vocabulary.js';

export const V_STRING = 0;
export const V_ID = 1;
export const V_INT = 2;
export const V_FLOAT = 3;
export const V_DATE = 4;
export const V_BOOLEAN = 5;
/** a list, container or attribute with children: JSON of its node, in a `list` column. */
export const V_NESTED = 6;

const TYPE_OF_ELEMENT = [V_STRING, V_DATE, V_INT, V_FLOAT, V_BOOLEAN, V_ID, V_NESTED, V_NESTED];

/** The value type of an attribute element (by tokenizer name id). */
export function toValueType(elementId: number): number {
  return TYPE_OF_ELEMENT[elementId - N_STRING];
}

/** Puts one value into a column. */
export function setColumnValue(column: ColumnBuilder, row: number, type: number, text: string | null, value: number): void {
  switch (type) {
    case V_STRING:
      column.setString(row, text!, 'string');
      return;
    case V_ID:
      column.setString(row, text!, 'id');
      return;
    case V_NESTED:
      column.setString(row, text!, 'list');
      return;
    case V_INT:
      column.setNumber(row, value, 'int');
      return;
    case V_FLOAT:
      column.setNumber(row, value, 'float');
      return;
    case V_DATE:
      column.setNumber(row, value, 'date');
      return;
    default:
      column.setBoolean(row, value === 1);
  }
}

/** The number of a typed value from its text (already checked), NaN for text types. */
export function parseTypedNumber(type: number, text: string, toInstant: WallToInstant): number {
  const bytes = Buffer.from(text, 'utf8');
  switch (type) {
    case V_INT:
      return parseXsInt(bytes, 0, bytes.length);
    case V_FLOAT:
      return parseXsFloat(bytes, 0, bytes.length);
    case V_BOOLEAN:
      return parseXsBoolean(bytes, 0, bytes.length);
    case V_DATE: {
      const ms = parseXsDateTime(bytes, 0, bytes.length);
      return dateScan.hasZone ? ms : toInstant(ms);
    }
    default:
      return NaN;
  }
}

/** The text of a value whose text was not kept. */
export function formatTypedNumber(type: number, value: number): string {
  return type === V_BOOLEAN ? (value === 1 ? 'true' : 'false') : String(value);
}
