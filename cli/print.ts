/** What the command line prints: one line per problem on stderr, the summary or JSON on stdout. */
import type { RagScheme, Report } from '../core/index';
import { jsonPieces } from './jsonOut';
import type { CliIo } from './cliIo';
import { core } from './lazyCore';
import { oneLine } from './readError';

/** Every line the command line prints about a problem holds at most this many characters. */
export const MAX_PROBLEM_LINE = 400;

/**
 * A problem as one line of at most MAX_PROBLEM_LINE characters. Where it is longer (a very
 * long path, a plan's long text) the middle goes: the start names the file, the end says what to do.
 */
export function problemLine(text: string): string {
  const line = oneLine(text, Number.MAX_SAFE_INTEGER);
  const room = MAX_PROBLEM_LINE - 'plancheck: '.length;
  if (line.length <= room) return line;
  const head = Math.floor(room * 0.4);
  return `${line.slice(0, head)}…${line.slice(line.length - (room - head - 1))}`;
}

/** One problem, one line on stderr, "plancheck: " first. */
export function printProblem(io: CliIo, line: string): void {
  io.err(`plancheck: ${problemLine(line)}\n`);
}

/** Colours only on a terminal, never with NO_COLOR or a dumb terminal. */
export function colourWanted(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** One plan's summary, with the files written for it. `first` is false after the first plan of a folder. */
export function printSummary(io: CliIo, doc: Report, scheme: RagScheme | null, written: readonly string[], first: boolean): void {
  const wrote = written.length ? `  Written         ${written.map((w) => safeLine(w)).join(', ')}\n` : '';
  io.out(`${first ? '' : '\n'}${core().summaryText(doc, { colour: colourWanted(io), scheme })}${wrote}`);
}

/** The totals line block after a folder's plans. */
export function printFolderTotals(io: CliIo, docs: Report[]): void {
  io.out(`\n${core().folderTotalsText(docs)}`);
}

/** A JSON document: the report (or, for a folder, the array of them), or the portfolio. */
export async function printJson(io: CliIo, value: Report | Report[] | Record<string, unknown>): Promise<void> {
  for (const piece of jsonPieces(value)) {
    io.out(piece);
    const wait = io.drained?.();
    if (wait) await wait;
  }
  io.out('\n');
}

/** A path or name safe to print on a terminal. */
function safeLine(text: string): string {
  return oneLine(text, 500);
}
