/**
 * Column names from a CSV header row, made usable as attribute keys the way pandas does it (so that names match
 * pm4py's): an empty name becomes `Unnamed: <index>` (0-based), and a repeated name gets `.1`, `.2`, … .
 */

export function makeColumnNamesUnique(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  cells.forEach((cell, index) => {
    let name = cell === '' ? `Unnamed: ${index}` : cell;
    if (seen.has(name)) {
      let k = 1;
      while (seen.has(`${name}.${k}`) || cells.includes(`${name}.${k}`)) k++;
      name = `${name}.${k}`;
    }
    seen.add(name);
    out.push(name);
  });
  return out;
}
