/**
 * Priority queues for Dijkstra's algorithm without decrease-key: an item may be queued several times and the
 * caller skips entries whose key is stale. Keys popped never decrease below the last popped one once seeding is
 * over (edge costs are non-negative), which the bucket queue relies on.
 */

export interface MinQueue {
  readonly size: number;
  clear(): void;
  /** seeds an entry; call prepare once all seeds are in, before popping. */
  add(key: number, item: number): void;
  prepare(): void;
  /** the smallest key queued. */
  topKey(): number;
  /** removes the entry with the smallest key and returns its item. */
  pop(): number;
  push(key: number, item: number): void;
}

/**
 * Seeds are collected first and queued once all are in, so that a queue keyed relative to its smallest key (the
 * bucket queue, the radix heap) knows where to start.
 */
abstract class SeededQueue implements MinQueue {
  private readonly seedKeys: number[] = [];
  private readonly seedItems: number[] = [];
  abstract readonly size: number;

  add(key: number, item: number): void {
    this.seedKeys.push(key);
    this.seedItems.push(item);
  }

  prepare(): void {
    let min = Infinity;
    for (const k of this.seedKeys) if (k < min) min = k;
    this.start(Number.isFinite(min) ? min : 0);
    for (let i = 0; i < this.seedKeys.length; i++) this.push(this.seedKeys[i], this.seedItems[i]);
    this.clearSeeds();
  }

  protected clearSeeds(): void {
    this.seedKeys.length = 0;
    this.seedItems.length = 0;
  }

  /** Starts popping from `min`, the smallest seed. */
  protected abstract start(min: number): void;
  abstract clear(): void;
  abstract topKey(): number;
  abstract pop(): number;
  abstract push(key: number, item: number): void;
}

/**
 * Dial's bucket queue for integer keys: one LIFO list per key, scanned upwards from the smallest seed. Pushes
 * and pops cost O(1) plus the keys skipped over, so it suits small integer edge costs.
 */
export class BucketQueue extends SeededQueue {
  /** per key − base: the first entry + 1 (0: empty). */
  private head = new Int32Array(64);
  private next = new Int32Array(1024);
  private items = new Int32Array(1024);
  private entries = 0;
  private base = 0;
  private cursor = 0;
  /** highest bucket in use + 1 (what clear must reset). */
  private high = 0;
  size = 0;

  clear(): void {
    this.head.fill(0, 0, this.high);
    this.entries = 0;
    this.size = 0;
    this.high = 0;
    this.cursor = 0;
    this.clearSeeds();
  }

  protected start(min: number): void {
    this.base = min;
    this.cursor = 0;
  }

  topKey(): number {
    while (this.head[this.cursor] === 0) this.cursor++;
    return this.base + this.cursor;
  }

  pop(): number {
    while (this.head[this.cursor] === 0) this.cursor++;
    const entry = this.head[this.cursor] - 1;
    this.head[this.cursor] = this.next[entry];
    this.size--;
    return this.items[entry];
  }

  push(key: number, item: number): void {
    const bucket = key - this.base;
    if (bucket >= this.head.length) {
      let length = this.head.length * 2;
      while (length <= bucket) length *= 2;
      const head = new Int32Array(length);
      head.set(this.head);
      this.head = head;
    }
    if (this.entries === this.items.length) {
      const next = new Int32Array(this.entries * 2);
      next.set(this.next);
      this.next = next;
      const items = new Int32Array(this.entries * 2);
      items.set(this.items);
      this.items = items;
    }
    const entry = this.entries++;
    this.items[entry] = item;
    this.next[entry] = this.head[bucket];
    this.head[bucket] = entry + 1;
    if (bucket >= this.high) this.high = bucket + 1;
    this.size++;
  }
}

/**
 * A radix heap (Ahuja, Mehlhorn, Orlin & Tarjan 1990) for integer keys below 2^31: bucket b holds keys whose
 * highest bit differing from the last key popped is b − 1, so a key moves down at most 32 times. Suits large
 * integer edge costs (pm4py's 10000 / 1) where a bucket per key would be too many.
 */
export class RadixHeap extends SeededQueue {
  private readonly keys: Int32Array[] = [];
  private readonly items: Int32Array[] = [];
  private readonly counts = new Int32Array(33);
  private last = 0;
  size = 0;

  constructor() {
    super();
    for (let b = 0; b < 33; b++) {
      this.keys.push(new Int32Array(16));
      this.items.push(new Int32Array(16));
    }
  }

  clear(): void {
    this.counts.fill(0);
    this.size = 0;
    this.clearSeeds();
  }

  protected start(min: number): void {
    this.last = min;
  }

  topKey(): number {
    this.fillFirst();
    return this.last;
  }

  pop(): number {
    this.fillFirst();
    this.size--;
    return this.items[0][--this.counts[0]];
  }

  push(key: number, item: number): void {
    this.put(key === this.last ? 0 : 32 - Math.clz32(key ^ this.last), key, item);
    this.size++;
  }

  private put(b: number, key: number, item: number): void {
    const n = this.counts[b];
    if (n === this.keys[b].length) {
      const keys = new Int32Array(n * 2);
      keys.set(this.keys[b]);
      this.keys[b] = keys;
      const items = new Int32Array(n * 2);
      items.set(this.items[b]);
      this.items[b] = items;
    }
    this.keys[b][n] = key;
    this.items[b][n] = item;
    this.counts[b] = n + 1;
  }

  /** Makes bucket 0 non-empty: the smallest key of the first non-empty bucket becomes the last, its keys move down. */
  private fillFirst(): void {
    if (this.counts[0] > 0) return;
    let b = 1;
    while (this.counts[b] === 0) b++;
    const keys = this.keys[b];
    const items = this.items[b];
    const n = this.counts[b];
    let min = keys[0];
    for (let k = 1; k < n; k++) if (keys[k] < min) min = keys[k];
    this.last = min;
    this.counts[b] = 0;
    for (let k = 0; k < n; k++) {
      const key = keys[k];
      this.put(key === min ? 0 : 32 - Math.clz32(key ^ min), key, items[k]);
    }
  }
}

/** A binary min-heap of (key, item). */
export class LazyHeap implements MinQueue {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.items = new Int32Array(this.keys.length);
  }

  clear(): void {
    this.size = 0;
  }

  /** appends without ordering; call prepare before popping. */
  add(key: number, item: number): void {
    this.ensure();
    this.keys[this.size] = key;
    this.items[this.size++] = item;
  }

  prepare(): void {
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  topKey(): number {
    return this.keys[0];
  }

  push(key: number, item: number): void {
    this.ensure();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(key, item, this.keys[parent], this.items[parent])) break;
      this.keys[i] = this.keys[parent];
      this.items[i] = this.items[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  pop(): number {
    const top = this.items[0];
    const last = --this.size;
    if (last > 0) {
      this.keys[0] = this.keys[last];
      this.items[0] = this.items[last];
      this.down(0);
    }
    return top;
  }

  private down(i: number): void {
    const key = this.keys[i];
    const item = this.items[i];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && less(this.keys[r], this.items[r], this.keys[l], this.items[l]) ? r : l;
      if (!less(this.keys[c], this.items[c], key, item)) break;
      this.keys[i] = this.keys[c];
      this.items[i] = this.items[c];
      i = c;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  private ensure(): void {
    if (this.size < this.keys.length) return;
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const items = new Int32Array(keys.length);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}

/** heap order; ties go to the smaller item, so the order of settling (and the alignment read off) is deterministic. */
function less(ka: number, ia: number, kb: number, ib: number): boolean {
  return ka < kb || (ka === kb && ia < ib);
}
