/**
 * A hyparquet `AsyncBuffer` over an open file handle: hyparquet asks for the footer and then for one column
 * chunk's byte range at a time, and only those bytes are read, so a large file is never loaded whole.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { AsyncBuffer } from 'hyparquet';

export interface FileRangeBuffer extends AsyncBuffer {
  /** Bytes read so far, for progress reports. */
  readonly bytesRead: number;
  close(): Promise<void>;
}

export async function openFileRangeBuffer(file: string): Promise<FileRangeBuffer> {
  const handle: FileHandle = await open(file, 'r');
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  let bytesRead = 0;
  return {
    byteLength: size,
    get bytesRead() {
      return bytesRead;
    },
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const to = Math.min(end ?? size, size);
      const from = Math.max(0, Math.min(start, to));
      const out = new ArrayBuffer(to - from);
      const view = new Uint8Array(out);
      let filled = 0;
      while (filled < view.length) {
        const { bytesRead: n } = await handle.read(view, filled, view.length - filled, from + filled);
        if (n === 0) break;
        filled += n;
      }
      bytesRead += filled;
      return out;
    },
    close: () => handle.close(),
  };
}
