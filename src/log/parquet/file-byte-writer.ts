/**
 * hyparquet-writer's byte buffer, emptied into a file after every row group (the writer calls `flush` and
 * waits for it), so that only one row group's bytes are in memory at a time.
 */
import type { FileHandle } from 'node:fs/promises';
import { ByteWriter } from 'hyparquet-writer';

export class FileByteWriter extends ByteWriter {
  private readonly handle: FileHandle;

  constructor(handle: FileHandle) {
    super(1 << 20);
    this.handle = handle;
  }

  async flush(): Promise<void> {
    if (this.index === 0) return;
    // The bytes are copied because the buffer is reused as soon as the index is reset.
    const bytes = new Uint8Array(this.buffer, 0, this.index).slice();
    this.index = 0;
    await this.handle.write(bytes);
  }

  override async finish(): Promise<void> {
    await this.flush();
  }
}
