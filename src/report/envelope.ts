/**
 * Every `--format json` document is one object with `"schema": "procmine.<command>/<version>"` first, then the
 * payload (CLI.md). Key order is the payload's own, so the same input gives byte-identical JSON.
 */
export function renderJson(schema: string, payload: object): string {
  return `${JSON.stringify({ schema, ...payload }, jsonReplacer, 2)}\n`;
}

/** Non-finite numbers become null (JSON has no NaN); undefined fields are left out. */
function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
