/**
 * Every (log, model) pair pm4py computed conformance figures for: the nets it discovered (IM `noise_0.0`, IMf
 * `noise_0.2`, exported as PNML) and the models of `models.checked` (PNML, PTML, BPMN).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pm4pyRef } from '../../helpers/pm4py-refs.js';
import type { RefVariants } from './ref-variants.js';

export interface FitnessFigures {
  log_fitness: number;
  average_trace_fitness: number;
  percentage_of_fitting_traces: number;
}

export interface ConformanceFigures {
  tbr_fitness?: FitnessFigures;
  alignment_fitness?: FitnessFigures;
  etc_precision?: number | null;
  alignment_precision?: number | null;
}

export type ConformanceRef = Pm4pyRef & {
  variants?: RefVariants;
  inductive?: Record<string, ConformanceFigures>;
  models?: { checked?: Record<string, ConformanceFigures> };
};

export interface RefPair {
  log: string;
  model: string;
  /** the model file (`.pnml`, `.ptml` or `.bpmn`). */
  file: string;
  figures: ConformanceFigures;
  ref: ConformanceRef;
}

/** Pairs whose model file is found in one of `modelDirs` (pm4py's exports are `<log>.im_<key>.pnml`). */
export function refPairs(refDir: string, modelDirs: string[]): RefPair[] {
  if (!existsSync(refDir)) return [];
  const find = (file: string) => modelDirs.map((d) => join(d, file)).find((p) => existsSync(p));
  const pairs: RefPair[] = [];
  for (const f of readdirSync(refDir).filter((f) => f.endsWith('.json')).sort()) {
    const log = f.slice(0, -5);
    const ref = JSON.parse(readFileSync(join(refDir, f), 'utf8')) as ConformanceRef;
    for (const key of ['noise_0.0', 'noise_0.2']) {
      const figures = ref.inductive?.[key];
      const pnml = find(`${log}.im_${key}.pnml`);
      if (figures && pnml) pairs.push({ log, model: key, file: pnml, figures, ref });
    }
    for (const [model, figures] of Object.entries(ref.models?.checked ?? {})) {
      const file = find(model);
      if (file) pairs.push({ log, model, file, figures, ref });
    }
  }
  return pairs;
}
