/**
 * Non-fatal remarks made while reading (an ignored element, a value left out), counted by kind so that a million
 * of them make one warning: "3 unexpected <text> element(s) in <trace> were ignored (first at line 15)".
 */
import type { EventLogBuilder } from '../builder.js';

export class ReadNotes {
  private readonly kinds = new Map<string, { count: number; line: number; example?: string }>();

  note(what: string, line: number, example?: string): void {
    const seen = this.kinds.get(what);
    if (seen) seen.count++;
    else this.kinds.set(what, { count: 1, line, example });
  }

  /** Hands every kind to the builder as one warning. */
  warnAll(builder: EventLogBuilder): void {
    for (const [what, { count, line, example }] of this.kinds) {
      const first = example === undefined ? '' : `: "${example.slice(0, 60)}"`;
      builder.warn(`${count} ${what} (first at line ${line}${first})`);
    }
  }
}
