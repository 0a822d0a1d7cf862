/**
 * The procmine command line: declares the commands, runs one, and turns errors into messages and exit codes
 * (0 done, 1 a check failed, 2 usage or input error, 3 internal error). Only this folder touches argv,
 * stdout/stderr and the exit code.
 */
import { Command, CommanderError } from 'commander';
import { InputError, isUserError } from '../errors.js';
import { PROCMINE_VERSION } from './version.js';
import { defineInspect } from './inspect.js';
import { defineConvert } from './convert.js';
import { defineMap } from './map.js';
import { defineDiscover } from './discover.js';
import { defineConform } from './conform.js';
import { defineReport } from './report.js';
import { defineCompare } from './compare.js';
import { defineFilter } from './filter.js';
import { defineBottlenecks, defineCycleTime, defineVariants } from './analytics-commands.js';

export function createProgram(): Command {
  const program = new Command('procmine')
    .version(PROCMINE_VERSION)
    .description('Process mining on the command line: read event logs, discover models, check conformance, report.')
    .option('--debug', 'print the stack trace of internal errors')
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  defineInspect(program);
  defineConvert(program);
  defineDiscover(program);
  defineMap(program);
  defineConform(program);
  defineVariants(program);
  defineCycleTime(program);
  defineBottlenecks(program);
  defineReport(program);
  defineCompare(program);
  defineFilter(program);
  program.addHelpText('after', `
Examples:
  $ procmine inspect fixtures/logs/running-example.xes
  $ procmine report fixtures/logs/running-example.xes
  $ procmine discover fixtures/logs/running-example.xes --algo imf -o model.bpmn
  $ procmine convert fixtures/logs/running-example.csv /tmp/running-example.xes.gz

Run 'procmine <command> --help' for a command's options and examples.`);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportError(error, argv.includes('--debug'));
  }
}

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; commander has already printed the message.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (isUserError(error)) {
    const where = error instanceof InputError ? `${error.where}: ` : '';
    process.stderr.write(`procmine: error: ${where}${error.message}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`procmine: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('  This is a bug in procmine. Run again with --debug and report the output.\n');
  return 3;
}

// `procmine … | head` closes our stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// bin/procmine.js imports this module to run the program.
process.exitCode = await main(process.argv);
