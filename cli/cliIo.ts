/**
 * What the command line talks to: its output streams, its terminal, its clock, and the exit
 * statuses it returns. Tests pass their own CliIo; the real command gets the process's.
 */
import { oneLine } from './readError';

/** Where the command line writes, and what it knows of its terminal (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves when what `out` was given has gone (a pipe read slower than it is written); absent: nothing to wait for. */
  drained?(): Promise<void> | undefined;
  /** stdout is a terminal (colours allowed unless NO_COLOR is set). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The clock (the default reporting date is today). */
  now?: () => Date;
}

/** A wrong argument: one line for stderr, exit 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_FAILED = 2;

export function defaultIo(): CliIo {
  let backedUp = false;
  return {
    out: (t) => {
      if (!process.stdout.write(t)) backedUp = true;
    },
    // a 200 MB report into a slow pipe would otherwise wait in memory, all of it
    drained: () =>
      backedUp
        ? new Promise<void>((resolve) =>
            process.stdout.once('drain', () => {
              backedUp = false;
              resolve();
            }),
          )
        : undefined,
    err: (t) => void process.stderr.write(t),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  };
}

let processGuardsInstalled = false;

/** When run as the real command: a closed pipe (| head) or a stray async error ends quietly. */
export function installProcessGuards(): void {
  if (processGuardsInstalled) return;
  processGuardsInstalled = true;
  const onStreamError = (e: NodeJS.ErrnoException) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
  const fatal = (e: unknown) => {
    try {
      process.stderr.write(`plancheck: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))}; please report it\n`);
    } catch {
      // nothing more can be said
    }
    process.exit(EXIT_FAILED);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
