import type { Command } from 'commander';
import type { CliIo } from '../cliIo';

/** What a command gets: where to print, and how to report its exit status. */
export interface CommandContext {
  io: CliIo;
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
