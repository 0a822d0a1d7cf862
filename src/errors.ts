/**
 * The error family of procmine. The CLI maps `UsageError` and `InputError` to exit code 2 and prints their
 * location and hint; anything else is an internal error (exit 3).
 */
export class ProcmineError extends Error {
  /** A stable machine-readable code, e.g. `'csv-malformed'`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The command line was wrong: an unknown flag, a missing argument, conflicting options. */
export class UsageError extends ProcmineError {
  readonly hint?: string;
  constructor(code: string, message: string, options?: { hint?: string; cause?: unknown }) {
    super(code, message, options);
    this.hint = options?.hint;
  }
}

/** Where in an input file something went wrong; `line` and `column` are 1-based. */
export interface InputLocation {
  file: string;
  line?: number;
  column?: number;
  /** How to fix it, in one sentence ("pass --timestamp-format DD/MM/YYYY"). */
  hint?: string;
  cause?: unknown;
}

/** An input file could not be read or is malformed. */
export class InputError extends ProcmineError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  constructor(code: string, message: string, location: InputLocation) {
    super(code, message, { cause: location.cause });
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.hint = location.hint;
  }

  /** `file:line:column` as editors understand it. */
  get where(): string {
    let s = this.file;
    if (this.line !== undefined) s += `:${this.line}`;
    if (this.line !== undefined && this.column !== undefined) s += `:${this.column}`;
    return s;
  }
}

/** Whether an error is one the user can fix (exit 2) rather than a bug (exit 3). */
export function isUserError(error: unknown): error is UsageError | InputError {
  return error instanceof UsageError || error instanceof InputError;
}
