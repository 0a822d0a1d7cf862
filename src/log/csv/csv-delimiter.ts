/**
 * The field delimiter: the one given with `--delimiter` (one character; `\t` and `tab` name the tab), or the
 * candidate among `,` `;` tab `|` that splits the first lines into the same number of fields as the header,
 * most fields winning. Quotes are respected while sniffing, since the tokenizer itself does the counting.
 */
import { UsageError } from '../../errors.js';
import { CsvTokenizer } from './csv-tokenizer.js';

export const SNIFF_CANDIDATES = [',', ';', '\t', '|'];
const SNIFF_RECORDS = 50;

/** The delimiter given as an option, checked. */
export function resolveDelimiter(given: string): string {
  const named: Record<string, string> = { '\\t': '\t', tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' };
  const d = named[given.toLowerCase()] ?? given;
  if (d.length !== 1 || d.charCodeAt(0) > 127 || d === '"' || d === '\n' || d === '\r') {
    throw new UsageError('csv-delimiter', `cannot use '${given}' as the CSV delimiter`, {
      hint: 'pass one ASCII character other than a quote, e.g. --delimiter ";" or --delimiter tab',
    });
  }
  return d;
}

/** The delimiter that splits the first records of `head` most consistently; `,` when none does. */
export function sniffDelimiter(head: Buffer): string {
  let best = ',';
  let bestScore = -1;
  for (const candidate of SNIFF_CANDIDATES) {
    const counts: number[] = [];
    const tokenizer = new CsvTokenizer(candidate, (record) => {
      counts.push(record.count);
      if (counts.length >= SNIFF_RECORDS) tokenizer.stop();
    });
    try {
      tokenizer.push(head);
    } catch {
      // A quote left open in a cut-off sample says nothing about the delimiter.
    }
    if (counts.length === 0 || counts[0] < 2) continue;
    const agreeing = counts.filter((c) => c === counts[0]).length / counts.length;
    // Consistency first, then more fields; the candidate order breaks ties.
    const score = agreeing * 1000 + Math.min(counts[0], 999);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
