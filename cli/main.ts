/**
 * The plancheck command line (PRODUCT §8):
 *
 *   plancheck validate <file.xlsx|file.csv|folder> [--sheet NAME] [--as-of YYYY-MM-DD]
 *     [--plan-period 2018-19] [--scheme five|three|scheme.json] [--tolerance-days N]
 *     [--staleness-days N] [--year-start-month N] [--out checked.xlsx] [--apply-rag]
 *     [--undo-apply] [--html report.html] [--json]
 *
 * Exit status: 0 no error-severity issue; 1 error-severity issues found (or, in a folder, a
 * file that could not be read); 2 the input could not be read or the arguments are wrong,
 * with one line on stderr naming the file or flag and saying what to do. `run` never throws
 * and never prints a stack trace.
 *
 * This module only sets up commander and turns failures into exit statuses; each command is
 * a module in ./commands, the options are one table in ./options.ts, files are read through
 * ./readInput.ts and written through ./output/target.ts.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import { EXIT_FAILED, EXIT_OK, UsageError, defaultIo, installProcessGuards, type CliIo } from './cliIo';
import { COMMANDS } from './commands/index';
import { problemLine } from './print';
import { oneLine } from './readError';

export type { CliIo } from './cliIo';

function packageVersion(): string {
  for (const p of [path.join(__dirname, '..', '..', 'package.json'), path.join(__dirname, '..', 'package.json')]) {
    try {
      const v = (JSON.parse(readFileSync(p, 'utf8')) as { version?: unknown }).version;
      if (typeof v === 'string') return v;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

/**
 * Runs the command line. `argv` is process.argv (node, script, arguments…). Returns the
 * exit status; never throws.
 */
export async function run(argv: string[] = process.argv, io?: Partial<CliIo>): Promise<number> {
  if (!io) installProcessGuards();
  const sys: CliIo = { ...defaultIo(), ...(io ?? {}) };
  const fail = (line: string): number => {
    sys.err(`plancheck: ${problemLine(line)}\n`);
    return EXIT_FAILED;
  };
  try {
    const args = argv.slice(2);
    if (args.length === 0) {
      return fail('give a command: plancheck validate <file.xlsx|file.csv|folder> (see plancheck --help)');
    }
    let code = EXIT_OK;
    const program = new Command();
    program
      .name('plancheck')
      .description('Checks partnership action plans kept in spreadsheets: validates rows, computes RAG and carry-over.')
      .version(packageVersion(), '-V, --version', 'print the version')
      .helpOption('-h, --help', 'show help')
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({
        writeOut: (s) => sys.out(s),
        writeErr: (s) => sys.err(s),
        outputError: () => undefined,
      });
    const ctx = { io: sys, setExitCode: (c: number) => void (code = c) };
    for (const register of COMMANDS) register(program, ctx);
    await program.parseAsync(argv, { from: 'node' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return e.code === 'commander.help' ? EXIT_FAILED : EXIT_OK;
      }
      const help = /unknown command/i.test(e.message) ? 'plancheck --help' : 'plancheck validate --help';
      return fail(`${commanderLine(e.message)} (see ${help})`);
    }
    if (e instanceof UsageError || (e instanceof Error && e.name === 'OutputError')) return fail(e.message);
    return fail(`unexpected error: ${e instanceof Error ? e.message : String(e)}; please report it`);
  }
}

function commanderLine(message: string): string {
  return oneLine(message.replace(/^error:\s*/i, '').replace(/\n+/g, ' '));
}
