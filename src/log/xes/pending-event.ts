/**
 * The attributes of the event being read, gathered in arrays reused from event to event (no object per event or
 * per attribute), until `</event>` says what the activity and time are.
 */
import { formatTypedNumber } from './attribute-value.js';

export class PendingEvent {
  count = 0;
  keys: string[] = [];
  types = new Uint8Array(32);
  texts: (string | null)[] = [];
  numbers = new Float64Array(32);

  add(key: string, type: number, text: string | null, value: number): void {
    const i = this.count++;
    if (i === this.types.length) {
      const types = new Uint8Array(i * 2);
      types.set(this.types);
      this.types = types;
      const numbers = new Float64Array(i * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.keys[i] = key;
    this.types[i] = type;
    this.texts[i] = text;
    this.numbers[i] = value;
  }

  /** The position of the last attribute with this key (the last one counts, as in pm4py's dict), or -1. */
  lastIndexOf(key: string): number {
    for (let i = this.count - 1; i >= 0; i--) if (this.keys[i] === key) return i;
    return -1;
  }

  text(i: number): string {
    return this.texts[i] ?? formatTypedNumber(this.types[i], this.numbers[i]);
  }
}
