/** procmine's version, from package.json (read once, for --version and the footer of reports). */
import { readFileSync } from 'node:fs';

export const PROCMINE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
