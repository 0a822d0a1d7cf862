/**
 * One colour per compared group, the same in every chart of a comparison report: the baseline in blue-grey,
 * the groups compared with it in distinct, saturated colours (in the order they were given).
 */

const BASELINE = '#78909c';
const OTHERS = ['#1e88e5', '#e65100', '#2e7d32', '#8e24aa', '#00897b', '#6d4c41', '#d81b60', '#3949ab', '#c0ca33', '#5e35b1', '#f9a825'];

/** `names[0]` is the baseline. */
export function pickGroupColors(names: readonly string[]): string[] {
  return names.map((_, i) => (i === 0 ? BASELINE : OTHERS[(i - 1) % OTHERS.length]));
}
