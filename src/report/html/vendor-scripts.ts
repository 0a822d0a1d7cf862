/**
 * The browser bundles of vega, vega-lite and vega-embed, read from the installed npm packages so that a report
 * carries them inline and opens offline. Read once per process; source-map comments are dropped (a browser
 * would request the map file).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface VendorScript {
  name: string;
  version: string;
  source: string;
}

/** In load order: vega-lite and vega-embed expect the globals of the ones before. */
const PACKAGES = ['vega', 'vega-lite', 'vega-embed'] as const;

let cached: VendorScript[] | undefined;

export function readVendorScripts(): VendorScript[] {
  if (!cached) cached = PACKAGES.map(readVendorScript);
  return cached;
}

function readVendorScript(name: string): VendorScript {
  const require = createRequire(import.meta.url);
  // The packages' `exports` hide build/ and package.json, so find the root from the main entry.
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string; jsdelivr?: string; unpkg?: string };
      if (pkg.name === name) {
        const bundle = pkg.jsdelivr ?? pkg.unpkg ?? `build/${name}.min.js`;
        const source = readFileSync(join(dir, bundle), 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
        return { name, version: pkg.version, source };
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the browser bundle of ${name} in node_modules`);
    dir = parent;
  }
}
