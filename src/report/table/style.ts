/**
 * Colours for terminal tables, or none: renderers take a Style so that they return the same bytes whatever the
 * terminal, and the CLI decides (a TTY without --no-color / NO_COLOR gets colour).
 */
import { Chalk } from 'chalk';

export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  warn(s: string): string;
  good(s: string): string;
  bad(s: string): string;
}

export function createStyle(color: boolean): Style {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    enabled: color,
    bold: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    warn: (s) => chalk.yellow(s),
    good: (s) => chalk.green(s),
    bad: (s) => chalk.red(s),
  };
}
