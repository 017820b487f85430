/**
 * The command line's commands, one module each. A new command: a module exporting a
 * `register(program, ctx)` that adds it to commander (options from ../options.ts), listed here.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { registerValidate } from './validate';
import { registerCompare } from './compare';
import { registerPortfolio } from './portfolio';

/** What a command gets: where to print, and how to report its exit status. */
export interface CommandContext {
  io: CliIo;
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: readonly RegisterCommand[] = [registerValidate, registerCompare, registerPortfolio];
