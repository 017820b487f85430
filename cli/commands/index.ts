/**
 * The command line's commands, one module each. A new command: a module exporting a
 * `register(program, ctx)` that adds it to commander (options from ../options.ts), listed here.
 */
import type { RegisterCommand } from './commandContext';
import { registerValidate } from './validate';
import { registerCompare } from './compare';
import { registerPortfolio } from './portfolio';

export type { CommandContext, RegisterCommand } from './commandContext';

export const COMMANDS: readonly RegisterCommand[] = [registerValidate, registerCompare, registerPortfolio];
