/**
 * The bytes of a CSV file, streamed: plain or gzip (told by its magic bytes), a UTF-8 byte-order mark dropped,
 * UTF-16 refused with a hint. `readCsvHead` gives the first bytes for sniffing; `streamCsvRecords` feeds the
 * whole file through the tokenizer in large chunks, never holding the text in memory, and reports progress.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../../errors.js';
import { CsvTokenizer, UnterminatedQuoteError, type CsvRecord } from './csv-tokenizer.js';

const CHUNK = 1 << 20;
const HEAD_BYTES = 64 * 1024;
const PROGRESS_EVERY = 8 << 20;

export interface StreamOptions {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** A controller handed to record callbacks that want to stop early (samplers). */
export interface StreamControl {
  stop(): void;
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function openCsvBytes(file: string): Promise<{ raw: ReadStream; bytes: Readable; size: number }> {
  let gz: boolean;
  let size: number;
  try {
    gz = await isGzip(file);
    size = (await stat(file)).size;
  } catch (error) {
    throw describeReadError(file, error);
  }
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  const bytes = gz ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gz) raw.on('error', (e) => bytes.destroy(e));
  return { raw, bytes, size };
}

function describeReadError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('file-not-found', 'no such file', { file, cause: error });
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
    return new InputError('gzip-corrupt', 'the gzip data is corrupt or cut off', { file, cause: error });
  }
  return new InputError('file-unreadable', `cannot read the file (${code ?? String(error)})`, { file, cause: error });
}

function describeUnterminatedQuote(file: string, line: number, field: number): InputError {
  return new InputError('csv-quote', `a quoted field opened on line ${line} is never closed`, {
    file,
    line,
    column: field,
    hint: 'close the quote, or double quotes inside a quoted field ("")',
  });
}

/** Length of a UTF-8 byte-order mark at the start of `buf` (0 or 3); throws for UTF-16 / UTF-32 marks. */
function measureByteOrderMark(buf: Buffer, file: string): number {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 3;
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new InputError('csv-encoding', 'the file is UTF-16 encoded; procmine reads UTF-8 CSV', {
      file,
      line: 1,
      hint: 'save it as "CSV UTF-8" (Excel) or convert it, e.g. iconv -f UTF-16 -t UTF-8',
    });
  }
  return 0;
}

/** The first bytes of the (decompressed) file, BOM removed: at least 64 KiB or a whole first line, whichever is longer. */
export async function readCsvHead(file: string): Promise<Buffer> {
  const { raw, bytes } = await openCsvBytes(file);
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of bytes) {
      const b = chunk as Buffer;
      parts.push(b);
      total += b.length;
      if (total >= HEAD_BYTES && (b.includes(0x0a) || b.includes(0x0d) || total > 64 * HEAD_BYTES)) break;
    }
  } catch (error) {
    throw describeReadError(file, error);
  } finally {
    raw.destroy();
    bytes.destroy();
  }
  const head = Buffer.concat(parts);
  return head.subarray(measureByteOrderMark(head, file));
}

/**
 * Streams every record of the file to `onRecord` (the header included) with `delimiter`. The callback may call
 * `control.stop()` to end early. Throws an InputError for an unterminated quote at the end or an unreadable file.
 */
export async function streamCsvRecords(
  file: string,
  delimiter: string,
  onRecord: (record: CsvRecord, control: StreamControl) => void,
  options: StreamOptions = {},
): Promise<void> {
  const { raw, bytes, size } = await openCsvBytes(file);
  let stopped = false;
  const control: StreamControl = {
    stop() {
      stopped = true;
      tokenizer.stop();
    },
  };
  const tokenizer = new CsvTokenizer(delimiter, (record) => onRecord(record, control));
  let first = true;
  let nextProgress = PROGRESS_EVERY;
  const progress = options.onProgress;
  try {
    for await (const chunk of bytes) {
      let b = chunk as Buffer;
      if (first) {
        b = b.subarray(measureByteOrderMark(b, file));
        first = false;
      }
      tokenizer.push(b);
      if (stopped) break;
      if (progress && raw.bytesRead >= nextProgress) {
        progress(raw.bytesRead, size);
        nextProgress = raw.bytesRead + PROGRESS_EVERY;
      }
    }
    if (!stopped) tokenizer.end();
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) throw describeUnterminatedQuote(file, error.line, error.field);
    if (error instanceof InputError || !(error as NodeJS.ErrnoException).code) throw error;
    throw describeReadError(file, error);
  } finally {
    raw.destroy();
    bytes.destroy();
  }
  if (progress && !stopped) progress(size, size);
}
