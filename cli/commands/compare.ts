/**
 * plancheck compare OLD NEW [settings] [--json] [--html report.html] [--out checked.xlsx]
 *
 * What changed between two versions of a plan (last quarter's file and this quarter's, .xlsx
 * or .csv): NEW is checked, OLD is the version compared with (see ../sincePlan.ts). Prints the
 * changes (or, with --json, NEW's report with `changes`); --out writes NEW's checked copy with
 * its Changes sheet, --html the board report with its Changes section. Exit 0 once compared;
 * 2 where a file cannot be read or an argument is wrong.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { checkFile } from '../checkFile';
import { planOutputs, writePlanOutputs } from '../fileOutputs';
import { SETTINGS_OPTIONS, addOptions, buildSettings, probeSettings, type SettingsOptions } from '../options';
import { printJson, printProblem } from '../print';
import { findPlans } from '../walkFolder';
import { safeText } from '../summaryText';
import { JSON_OPTION } from './validate';
import type { CommandContext } from './commandContext';

type CompareOptions = SettingsOptions & { json?: boolean; out?: string; html?: string };

export function registerCompare(program: Command, ctx: CommandContext): void {
  const command = program
    .command('compare')
    .description('what changed between two versions of a plan (e.g. last quarter\'s file and this quarter\'s)')
    .argument('<old>', 'the earlier version (.xlsx, .xlsm or .csv)')
    .argument('<new>', 'the later version (.xlsx, .xlsm or .csv)');
  addOptions(command, [
    ...SETTINGS_OPTIONS,
    { flags: '--out <file.xlsx>', description: 'write a checked copy of the later version with its Changes sheet' },
    { flags: '--html <file.html>', description: 'write an HTML report of the later version with what changed' },
    JSON_OPTION,
  ]);
  command.action(async (oldFile: string, newFile: string, opts: CompareOptions) => {
    ctx.setExitCode(await compare(oldFile, newFile, opts, ctx.io));
  });
}

export async function compare(oldFile: string, newFile: string, opts: CompareOptions, io: CliIo): Promise<number> {
  const now = io.now?.() ?? new Date();
  const settings = buildSettings(opts);
  const plans = await findPlans(newFile);
  const olds = await findPlans(oldFile);
  if (plans.isFolder || olds.isFolder) throw new UsageError(`compare takes two plan files, not a folder: name the earlier and the later version, e.g. plancheck compare plan-q3.xlsx plan-q4.xlsx`);
  const outputs = await planOutputs(newFile, plans, opts);
  probeSettings(settings, now);
  const checked = await checkFile(newFile, path.basename(newFile), { settings, now, keepWorkbook: !!outputs.out });
  if ('failure' in checked) {
    printProblem(io, `${newFile}: ${checked.failure}`);
    return EXIT_FAILED;
  }
  const since = await (await import('../sincePlan')).addChangesSinceFile(oldFile, checked.grid, checked.result, { settings, now });
  if (since) {
    printProblem(io, since.failure.replace(/^--since /, ''));
    return EXIT_FAILED;
  }
  const done = await writePlanOutputs(newFile, checked.grid, checked.result, outputs);
  for (const note of done.notes) printProblem(io, `${path.basename(newFile)}: ${note}`);
  if (done.outputError) {
    printProblem(io, done.outputError);
    return EXIT_FAILED;
  }
  if (opts.json) printJson(io, checked.result.report);
  else {
    const wrote = done.written.length ? `  Written         ${done.written.map((w) => safeText(w, 500)).join(', ')}\n` : '';
    io.out(`${safeText(path.basename(newFile))} compared with ${safeText(path.basename(oldFile))}\n${(await import('../changesText')).changesText(checked.result.report.changes!)}${wrote}`);
  }
  return EXIT_OK;
}
