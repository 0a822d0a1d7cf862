import type { LifecycleMode } from './event-log.js';
import type { ColumnFlags } from './column-mapping.js';

/** Options every log reader takes; the CLI's common flags map onto these one to one. */
export interface ReadLogOptions extends ColumnFlags {
  /** Force a format instead of inferring it from the file name. */
  format?: LogFormatName;
  /** `auto` (default): `merge` when the log has start events, else `all`. */
  lifecycle?: LifecycleMode | 'auto';
  /** Event attribute key(s) naming the activity, `+`-joined (`concept:name+lifecycle:transition`), or the
   * name of a classifier declared in an XES log. Default `concept:name` / the detected activity column. */
  classifier?: string;
  /** Explicit timestamp format for text timestamps (`YYYY-MM-DD HH:mm:ss`, `DD/MM/YYYY HH:mm`, `epoch-s`, …). */
  timestampFormat?: string;
  /** IANA zone for timestamps without an offset (default UTC). */
  timezone?: string;
  /** CSV field delimiter (default: sniffed). */
  delimiter?: string;
  /** Drop rows that cannot be read (and report them) instead of failing. */
  skipInvalid?: boolean;
  /** Called now and then with bytes read so far and the file size (for a progress bar). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export type LogFormatName = 'csv' | 'xes' | 'arrow' | 'parquet';
