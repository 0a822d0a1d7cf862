/**
 * A section of an HTML report: its anchor, heading, markup, the Vega-Lite charts its placeholders name, and
 * any data its page script needs.
 */
import type { VegaLiteSpec } from './specs/spec-common.js';

export interface Section {
  id: string;
  title: string;
  html: string;
  charts: Record<string, VegaLiteSpec>;
  /** more data for the page script (e.g. the variants the selector offers), merged into the JSON block. */
  data?: Record<string, unknown>;
}
