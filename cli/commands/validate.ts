/**
 * plancheck validate <file.xlsx|file.csv|folder> [settings] [--out checked.xlsx] [--apply-rag]
 *   [--undo-apply] [--html report.html] [--since old.xlsx] [--json]
 *
 * Checks one plan, or every plan in a folder; prints the summary (or the JSON report) and
 * writes the outputs asked for.
 */
import * as path from 'path';
import type { Command } from 'commander';
import type { Report } from '../../core/index';
import { EXIT_FAILED, EXIT_ISSUES, EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { checkFile, errorDocument } from '../checkFile';
import { checkOutputRequest, planOutputs, writePlanOutputs, type OutputRequest } from '../fileOutputs';
import { SETTINGS_OPTIONS, addOptions, buildSettings, type OptionSpec, type SettingsOptions } from '../options';
import { printFolderTotals, printJson, printProblem, printSummary } from '../print';
import { findPlans } from '../walkFolder';
import type { CommandContext } from './commandContext';

/** The options that write files beside the report. */
export const OUTPUT_OPTIONS: readonly OptionSpec[] = [
  { flags: '--out <file.xlsx>', description: 'write a checked copy of the workbook with PlanCheck sheets (for a folder: a folder)' },
  { flags: '--apply-rag', description: 'write the computed RAG into the plan in the --out copy' },
  { flags: '--undo-apply', description: 'restore what an earlier --apply-rag changed, in the --out copy' },
  { flags: '--html <file.html>', description: 'write an HTML report (for a folder: a folder)' },
];

/** Compare with another version of the plan instead of the workbook's own record of its last check. */
export const SINCE_OPTION: OptionSpec = { flags: '--since <old>', description: "say what changed since another version of the plan (e.g. last quarter's file)" };

export const JSON_OPTION: OptionSpec = { flags: '--json', description: 'print the JSON report (version 1); an array of them for a folder' };

type ValidateOptions = SettingsOptions & OutputRequest & { json?: boolean; since?: string };

export function registerValidate(program: Command, ctx: CommandContext): void {
  const command = program
    .command('validate')
    .description('check a plan (.xlsx, .xlsm or .csv), or every plan in a folder')
    .argument('<path>', 'a plan file (.xlsx, .xlsm, .csv) or a folder of them');
  addOptions(command, [...SETTINGS_OPTIONS, ...OUTPUT_OPTIONS, SINCE_OPTION, JSON_OPTION]);
  command.action(async (target: string, opts: ValidateOptions) => {
    ctx.setExitCode(await validate(target, opts, ctx.io));
  });
}

export async function validate(target: string, opts: ValidateOptions, io: CliIo): Promise<number> {
  const now = io.now?.() ?? new Date();
  const settings = buildSettings(opts);
  checkOutputRequest(opts);
  const plans = await findPlans(target);
  if (opts.since !== undefined && plans.isFolder) throw new UsageError('--since compares one plan with an earlier version of it: name a plan file, not a folder');
  if (opts.since !== undefined && !opts.since.trim()) throw new UsageError("--since needs the earlier version's file, e.g. --since plan-q3.xlsx");
  const outputs = await planOutputs(target, plans, opts);

  const json = !!opts.json;
  const { isFolder } = plans;
  const docs: Report[] = [];
  let outputFailed = false;
  for (const file of plans.files) {
    const fileName = path.basename(file);
    // the whole workbook is kept only to change the plan's cells in the copy; a checked copy is otherwise made from the package itself
    const checked = await checkFile(file, fileName, { settings, now, keepWorkbook: !!outputs.out && (outputs.applyRag || outputs.undoApply) });
    if ('failure' in checked) {
      // a single file that could not be read or checked: one line, exit 2
      if (!isFolder) {
        printProblem(io, `${file}: ${checked.failure}`);
        return EXIT_FAILED;
      }
      const doc = errorDocument(fileName, checked.failure, { settings, now });
      docs.push(doc);
      if (!json) printSummary(io, doc, null, [], docs.length === 1);
      continue;
    }
    if (opts.since !== undefined) {
      const since = await (await import('../sincePlan')).addChangesSinceFile(opts.since, checked.grid, checked.result, { settings, now });
      if (since) {
        printProblem(io, since.failure);
        return EXIT_FAILED;
      }
    }
    docs.push(checked.doc);
    // notes that are not issues (a record PlanCheck could not use); written outputs carry them too
    if (!outputs.out) for (const note of checked.result.notes ?? []) printProblem(io, `${fileName}: ${note}`);
    const done = await writePlanOutputs(file, checked.grid, checked.result, outputs);
    if (done.outputError) {
      outputFailed = true;
      printProblem(io, done.outputError);
    }
    for (const note of done.notes) printProblem(io, `${fileName}: ${note}`);
    if (!json) {
      printSummary(io, checked.doc, checked.result.scheme, done.written, docs.length === 1);
      if (checked.doc.changes) io.out((await import('../changesText')).changesText(checked.doc.changes));
    }
  }

  if (json) await printJson(io, isFolder ? docs : docs[0]!);
  else if (isFolder) printFolderTotals(io, docs);

  const readable = docs.filter((d) => !d.error);
  if (!readable.length) {
    const first = docs[0];
    printProblem(io, `${target}: none of the ${docs.length} spreadsheets could be read${first ? ` (${first.file}: ${first.error})` : ''}`);
    return EXIT_FAILED;
  }
  if (outputFailed) return EXIT_FAILED;
  const anyError = docs.some((d) => !!d.error || d.summary.errors > 0 || d.issues.some((i) => i.severity === 'error'));
  return anyError ? EXIT_ISSUES : EXIT_OK;
}
