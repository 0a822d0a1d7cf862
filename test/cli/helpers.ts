/** Runs the built CLI (bin/procmine.js) as a user would, without colour. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const fixture = (...parts: string[]) => join(root, 'fixtures', ...parts);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function procmine(args: string[], options: { cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'procmine.js'), ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'America/Sao_Paulo' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
