/**
 * The attribute type procmine writes beside a column (Arrow field metadata, a Parquet key-value entry), so that a
 * re-read gives the same column type where the storage type alone would not tell: `id` and `list` columns are
 * stored as text, and `int` columns as Float64 when a value is not a safe integer.
 */
import type { AttributeType } from '../event-log.js';

/** Arrow field metadata key. */
export const TYPE_METADATA_KEY = 'procmine:type';
/** Parquet file key-value entry: JSON object from column name to attribute type. */
export const TYPES_METADATA_KEY = 'procmine:types';

/** The attribute type of a column stored as `stored` and labelled `label` by procmine (or by nobody). */
export function reconcileType(stored: AttributeType, label: string | undefined): AttributeType {
  if (label === undefined) return stored;
  if ((label === 'id' || label === 'list') && stored === 'string') return label;
  if (label === 'int' && stored === 'float') return 'int';
  return stored;
}

/** Whether an `int` column can be stored as Int64 and read back exactly: every value a safe integer, and no -0. */
export function fitsInt64(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && (!Number.isSafeInteger(v) || Object.is(v, -0))) return false;
  }
  return true;
}
