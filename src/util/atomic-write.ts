/**
 * Writes a file so that readers never see it half-written and a failure leaves nothing behind: the content goes
 * to a temporary file beside the target, which is renamed over the target only once complete.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomically(target: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  // The temporary name ends with the target's own name, so writers that look at the extension (.xes.gz) still can.
  const tmp = join(dirname(target), `.tmp-${process.pid}-${randomBytes(4).toString('hex')}-${basename(target)}`);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
