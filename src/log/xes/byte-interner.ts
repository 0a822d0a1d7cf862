/**
 * Interns byte ranges as strings: the same bytes always give the same string object, and a value seen before
 * costs a hash and a byte comparison instead of a UTF-8 decode and a new string. XES repeats its keys, activity
 * names, resources and lifecycle values on every event, so most attribute values are found here.
 */

const EMPTY = -1;

export class ByteInterner {
  /** interned strings by id; ids are dense, in order of first sight. */
  readonly strings: string[] = [];
  private slots: Int32Array;
  private hashes: Int32Array = new Int32Array(256);
  private starts: Int32Array = new Int32Array(256);
  private lengths: Int32Array = new Int32Array(256);
  private pool: Uint8Array = new Uint8Array(1 << 14);
  private poolUsed = 0;
  private readonly maxEntries: number;
  /** longer values are decoded every time rather than kept (they rarely repeat). */
  readonly maxLength: number;

  constructor(options: { maxEntries?: number; maxLength?: number } = {}) {
    this.maxEntries = options.maxEntries ?? 1 << 20;
    this.maxLength = options.maxLength ?? 256;
    this.slots = new Int32Array(1024).fill(EMPTY);
  }

  get size(): number {
    return this.strings.length;
  }

  /** The id of `bytes[start, end)` when interned, else -1. `hash` must be {@link hashBytes} of the range. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = mix(hash) & mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === EMPTY) return -1;
      if (this.hashes[id] === hash && this.lengths[id] === length && this.sameBytes(id, bytes, start, length)) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds `value` as the string of `bytes[start, end)`; returns its id, or -1 when the table is full or the range too long. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: string): number {
    const length = end - start;
    if (length > this.maxLength || this.strings.length >= this.maxEntries) return -1;
    const id = this.strings.length;
    if (id >= this.hashes.length) this.growEntries();
    if (this.poolUsed + length > this.pool.length) this.growPool(length);
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    this.starts[id] = this.poolUsed;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.poolUsed += length;
    this.strings.push(value);
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  /** Seeds a known string (e.g. an element name) so that it gets the next id. */
  seed(value: string): number {
    const bytes = Buffer.from(value, 'utf8');
    const hash = hashBytes(bytes, 0, bytes.length);
    const known = this.find(bytes, 0, bytes.length, hash);
    if (known >= 0) return known;
    return this.add(bytes, 0, bytes.length, hash, value);
  }

  private sameBytes(id: number, bytes: Uint8Array, start: number, length: number): boolean {
    const pool = this.pool;
    const from = this.starts[id];
    for (let i = 0; i < length; i++) if (pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(this.hashes[id]) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let id = 0; id < this.strings.length; id++) this.place(id);
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
  }

  private growPool(need: number): void {
    let n = this.pool.length * 2;
    while (n < this.poolUsed + need) n *= 2;
    const next = new Uint8Array(n);
    next.set(this.pool.subarray(0, this.poolUsed));
    this.pool = next;
  }
}

/** FNV-1a over a byte range. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h;
}

/** Spreads FNV's low bits, which the table mask uses. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}
