/**
 * Matching log activity names to transition labels: exactly (the default, as pm4py), ignoring case, or through a
 * rename map (log name → model label) applied first. Activities left without a transition and labels no
 * activity reaches are reported, so that a typo shows up as such rather than as low fitness.
 */

export interface LabelMatchingOptions {
  /** `exact` (default) or `ignore-case`. */
  mode?: 'exact' | 'ignore-case';
  /** log activity name → model label, applied before comparing. */
  rename?: ReadonlyMap<string, string>;
}

export interface UnmatchedLabels {
  /** log activities that no transition carries (sorted). */
  logOnly: string[];
  /** visible labels of the model that no log activity maps to (sorted). */
  modelOnly: string[];
}

export interface LabelMatch extends UnmatchedLabels {
  /** per log activity code: the index of its model label in `labelNames`, or -1. */
  activityToLabel: Int32Array;
}

/**
 * Maps each log activity to a model label.
 *
 * @example
 * const m = matchLabels(['A', 'b'], ['a', 'b', 'c'], { mode: 'ignore-case' });
 * m.activityToLabel; // Int32Array [0, 1]
 * m.modelOnly; // ['c']
 */
export function matchLabels(
  activityNames: readonly string[],
  labelNames: readonly string[],
  options: LabelMatchingOptions = {},
): LabelMatch {
  const fold = options.mode === 'ignore-case' ? (s: string) => s.toLocaleLowerCase('en-US') : (s: string) => s;
  const byKey = new Map<string, number>();
  labelNames.forEach((label, i) => {
    const key = fold(label);
    if (!byKey.has(key)) byKey.set(key, i);
  });
  const used = new Uint8Array(labelNames.length);
  const activityToLabel = new Int32Array(activityNames.length).fill(-1);
  const logOnly: string[] = [];
  activityNames.forEach((name, code) => {
    const renamed = options.rename?.get(name) ?? name;
    const label = byKey.get(fold(renamed));
    if (label === undefined) {
      logOnly.push(name);
    } else {
      activityToLabel[code] = label;
      used[label] = 1;
    }
  });
  const modelOnly = labelNames.filter((_, i) => used[i] === 0);
  return { activityToLabel, logOnly: logOnly.sort(compareStrings), modelOnly: modelOnly.sort(compareStrings) };
}

/** Code-point order, as pm4py (and Python) sort strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
