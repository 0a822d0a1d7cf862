/**
 * A label map for conformance: a CSV of `log activity,model label` rows (an optional header `log,model`), for
 * logs and models that name the same activity differently. Errors name the line.
 */
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { InputError } from '../../errors.js';

export async function readLabelMap(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError('file-not-found', 'cannot read the label map', { file, cause: error });
  }
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const map = new Map<string, string>();
  rows.forEach((row, i) => {
    if (row.length === 1 && row[0].trim() === '') return;
    if (i === 0 && /^(log|from|activity)/i.test(row[0] ?? '') && /^(model|to|label)/i.test(row[1] ?? '')) return;
    if (row.length !== 2 || row[0] === '' || row[1] === '') {
      throw new InputError('label-map-malformed', `expected two columns (log activity, model label), found ${row.length}`, {
        file,
        line: i + 1,
        hint: 'one rename per line: "Check credit,Credit check"',
      });
    }
    if (map.has(row[0]) && map.get(row[0]) !== row[1]) {
      throw new InputError('label-map-conflict', `'${row[0]}' is mapped twice`, { file, line: i + 1 });
    }
    map.set(row[0], row[1]);
  });
  return map;
}
