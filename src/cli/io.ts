/**
 * Where command output goes: standard output, or a file written atomically with -o. Progress and notes go to
 * standard error, progress only when it is a terminal.
 */
import { writeFile } from 'node:fs/promises';
import { writeAtomically } from '../util/atomic-write.js';
import { createStyle, type Style } from '../report/table/style.js';
import type { OutputFlags } from './options.js';

export async function emit(content: string | Uint8Array, output?: string): Promise<void> {
  if (output === undefined || output === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(content, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  await writeAtomically(output, (tmp) => writeFile(tmp, content));
}

/** Colour only for a terminal, and never with --no-color or NO_COLOR. */
export function styleFor(flags: OutputFlags): Style {
  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const color = flags.color !== false && !process.env.NO_COLOR && toTerminal;
  return createStyle(color);
}

export function note(flags: { quiet?: boolean }, message: string): void {
  if (!flags.quiet) process.stderr.write(`${message}\n`);
}

/**
 * A progress callback for long work: a single updating line on stderr, only when stderr is a terminal. `unit`
 * says what is counted (default: bytes, shown in MB).
 */
export function createProgress(label: string, flags: { quiet?: boolean }, unit?: string): {
  onProgress?: (done: number, total: number) => void;
  done(): void;
} {
  if (flags.quiet || !process.stderr.isTTY) return { done() {} };
  let shown = false;
  let last = 0;
  const started = Date.now();
  return {
    onProgress(done, total) {
      const now = Date.now();
      if (now - last < 100 || now - started < 300) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 0;
      const amount = unit === undefined ? `${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB` : `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${unit}`;
      process.stderr.write(`\r${label} ${pct}% (${amount})`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
