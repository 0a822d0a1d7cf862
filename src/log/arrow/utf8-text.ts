/**
 * Decodes Arrow UTF-8 arrays (offsets + bytes) into dictionary-coded text without decoding repeats: values are
 * interned by their bytes (FNV-1a hash, open addressing) and only the first occurrence of each distinct value
 * becomes a string. A plain (non-dictionary) column of a million rows with a few hundred distinct values thus
 * costs a million short byte hashes instead of a million TextDecoder calls and string hashes.
 */
import type { TextChunk } from '../table/column-chunk.js';

const decoder = new TextDecoder();
const SHORT = 32;

/** The string in `bytes[start, end)`; short ASCII values skip TextDecoder, which costs more than the decoding. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let ascii = true;
    for (let k = start; k < end; k++) {
      if (bytes[k] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(bytes.subarray(start, end));
}

/**
 * Text chunk of `length` values starting at element `offset`; `valid(i)` says whether row i has a value
 * (null when every row has one).
 */
export function decodeUtf8Text(
  bytes: Uint8Array,
  offsets: Int32Array,
  offset: number,
  length: number,
  valid: ((i: number) => boolean) | null,
): TextChunk {
  const codes = new Int32Array(length);
  const dictionary: string[] = [];
  // Per code: where its bytes first occurred, and their hash.
  let starts: Int32Array = new Int32Array(64);
  let ends: Int32Array = new Int32Array(64);
  let hashes: Int32Array = new Int32Array(64);
  let slots: Int32Array = new Int32Array(256).fill(-1);
  let mask = slots.length - 1;
  let lastStart = -1;
  let lastEnd = -1;
  let lastCode = -1;
  for (let i = 0; i < length; i++) {
    if (valid !== null && !valid(i)) {
      codes[i] = -1;
      continue;
    }
    const start = offsets[offset + i];
    const end = offsets[offset + i + 1];
    // A case's events sit together: compare with the previous row before hashing.
    if (lastCode >= 0 && end - start === lastEnd - lastStart && sameBytes(bytes, start, lastStart, end - start)) {
      codes[i] = lastCode;
      lastStart = start;
      lastEnd = end;
      continue;
    }
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
    let slot = h & mask;
    let code: number;
    for (;;) {
      const c = slots[slot];
      if (c < 0) {
        code = dictionary.length;
        dictionary.push(decodeUtf8(bytes, start, end));
        if (code === starts.length) {
          starts = grow(starts);
          ends = grow(ends);
          hashes = grow(hashes);
        }
        starts[code] = start;
        ends[code] = end;
        hashes[code] = h;
        slots[slot] = code;
        if (dictionary.length * 2 > slots.length) {
          slots = rehash(hashes, dictionary.length, slots.length * 2);
          mask = slots.length - 1;
        }
        break;
      }
      if (hashes[c] === h && ends[c] - starts[c] === end - start && sameBytes(bytes, starts[c], start, end - start)) {
        code = c;
        break;
      }
      slot = (slot + 1) & mask;
    }
    codes[i] = code;
    lastCode = code;
    lastStart = start;
    lastEnd = end;
  }
  return { kind: 'text', codes, dictionary };
}

function sameBytes(bytes: Uint8Array, a: number, b: number, n: number): boolean {
  if (a === b) return true;
  for (let k = 0; k < n; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}

function grow(a: Int32Array): Int32Array {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}

function rehash(hashes: Int32Array, count: number, size: number): Int32Array {
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let c = 0; c < count; c++) {
    let slot = hashes[c] & mask;
    while (slots[slot] >= 0) slot = (slot + 1) & mask;
    slots[slot] = c;
  }
  return slots;
}
