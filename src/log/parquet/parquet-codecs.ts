/**
 * Decompressors beyond hyparquet's built-in Snappy, from Node's own zlib: GZIP and Brotli always, ZSTD where
 * this Node has it (22.15 and later). LZ4 files are refused with a hint.
 */
import zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';

function viaZlib(decompress: (input: Uint8Array) => Buffer): (input: Uint8Array) => Uint8Array {
  return (input) => {
    const out = decompress(input);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };
}

/** The codecs this Node can decompress, for hyparquet's `compressors` option. */
export function parquetDecompressors(): Compressors {
  const codecs: Compressors = {
    GZIP: viaZlib((input) => zlib.gunzipSync(input)),
    BROTLI: viaZlib((input) => zlib.brotliDecompressSync(input)),
  };
  const zstd = (zlib as unknown as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;
  if (typeof zstd === 'function') codecs.ZSTD = viaZlib((input) => zstd(input));
  return codecs;
}
