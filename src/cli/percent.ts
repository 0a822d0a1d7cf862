import { UsageError } from '../errors.js';

/** `80%`, `80` or `0.8` → 0.8 (a share between 0 and 1). */
export function parseShare(text: string, flag: string): number {
  const s = text.trim();
  const n = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s) > 1 ? Number(s) / 100 : Number(s);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError('bad-share', `${flag} must be a percentage between 0% and 100%, got '${text}'`, {
      hint: `e.g. ${flag} 80%`,
    });
  }
  return n;
}
