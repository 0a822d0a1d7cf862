/**
 * What each CSV column becomes: the mapped core columns (case, activity or the classifier's columns,
 * timestamps, resource, lifecycle), `concept:instance` for pairing lifecycle events, `case:<key>` columns as
 * case attributes (the table layout's convention), and every other column as an event attribute under its name.
 */
import { InputError } from '../../errors.js';
import type { ColumnMapping } from '../event-log.js';
import { CASE_PREFIX } from '../table-layout.js';

export interface CsvPlan {
  names: string[];
  width: number;
  case: number;
  /** the activity column, or the classifier's columns whose values are joined with `+`. */
  activity: number[];
  timestamp: number;
  /** -1 when absent. */
  start: number;
  resource: number;
  lifecycle: number;
  instance: number;
  eventColumns: { index: number; key: string }[];
  caseColumns: { index: number; key: string }[];
  mapping: ColumnMapping;
}

/** The plan for a header; `classifier` is `+`-joined column names. Throws when a classifier column is missing. */
export function planColumns(names: string[], mapping: ColumnMapping, classifier: string | undefined, file: string): CsvPlan {
  const index = (name: string): number => names.indexOf(name);
  const activity = classifier === undefined ? [index(mapping.activity)] : classifier.split('+').map((key) => findColumn(names, key.trim(), file));
  const instance = names.findIndex((n) => n.toLowerCase() === 'concept:instance');
  const plan: CsvPlan = {
    names,
    width: names.length,
    case: index(mapping.case),
    activity,
    timestamp: index(mapping.timestamp),
    start: mapping.startTimestamp === undefined ? -1 : index(mapping.startTimestamp),
    resource: mapping.resource === undefined ? -1 : index(mapping.resource),
    lifecycle: mapping.lifecycle === undefined ? -1 : index(mapping.lifecycle),
    instance,
    eventColumns: [],
    caseColumns: [],
    mapping: classifier === undefined ? mapping : { ...mapping, activity: activity.map((i) => names[i]).join('+') },
  };
  const core = new Set([plan.case, plan.timestamp, plan.start, plan.resource, plan.lifecycle]);
  if (classifier === undefined) core.add(activity[0]);
  names.forEach((name, i) => {
    if (core.has(i)) return;
    if (name.startsWith(CASE_PREFIX) && name.length > CASE_PREFIX.length) {
      plan.caseColumns.push({ index: i, key: name.slice(CASE_PREFIX.length) });
    } else {
      plan.eventColumns.push({ index: i, key: name });
    }
  });
  return plan;
}

function findColumn(names: string[], key: string, file: string): number {
  let i = names.indexOf(key);
  if (i < 0) i = names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
  if (i < 0) {
    throw new InputError('column-not-found', `column '${key}' (named in --classifier) is not in the file`, {
      file,
      line: 1,
      hint: `columns found: ${names.map((n) => `'${n}'`).join(', ')}`,
    });
  }
  return i;
}
