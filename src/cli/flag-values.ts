/** Flag values several commands share, checked once with the same messages. */
import { UsageError } from '../errors.js';
import type { EventLog } from '../log/event-log.js';
import { parseDuration } from '../util/duration.js';

/** `--sla 5d` → seconds; undefined when the flag is absent. */
export function parseSlaFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = parseDuration(text);
  if (!Number.isFinite(seconds)) throw new UsageError('bad-duration', `cannot read --sla '${text}'`, { hint: "e.g. --sla 5d or --sla '1d 12h'" });
  return seconds;
}

/** Fails with the list of case attributes when `name` (from --group-by) is not one of them. */
export function requireCaseAttribute(log: EventLog, name: string | undefined): void {
  if (name === undefined || log.caseAttributes.has(name)) return;
  throw new UsageError('unknown-attribute', `the log has no case attribute '${name}'`, {
    hint: `case attributes: ${[...log.caseAttributes.keys()].join(', ') || '(none)'}`,
  });
}

/** `--top N` → N (a positive whole number); undefined when the flag is absent. */
export function parseTopFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('bad-top', `--top must be a positive whole number, got '${text}'`);
  return n;
}
