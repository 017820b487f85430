/**
 * The files a check writes beside its report (--out, --html, and for a folder one of each per
 * plan): where they go, decided once from the arguments, and writing them for each plan. Every
 * path goes through ./output/target.ts, which holds the rules that keep the plans safe.
 */
import * as path from 'path';
import type { CheckResult, Grid } from '../core/index';
import { UsageError } from './cliIo';
import { OutputError, ProtectedFiles, makeOutputFolder, resolveOutput, sameFile } from './output/target';
import type { PlanFiles } from './walkFolder';
import { stem } from './walkFolder';

/** What the user asked to be written. */
export interface OutputRequest {
  out?: string;
  html?: string;
  applyRag?: boolean;
  undoApply?: boolean;
}

/** Where the outputs go, checked against the plans before any file is read. */
export interface OutputPlan {
  out?: string;
  html?: string;
  applyRag: boolean;
  undoApply: boolean;
  inFolder: boolean;
  outputNames?: Map<string, string>;
  protect: ProtectedFiles;
}

/** The output flags on their own (before the plans are looked at): a wrong one is a UsageError naming the flag. */
export function checkOutputRequest(req: OutputRequest): void {
  if (req.applyRag && req.undoApply) throw new UsageError('--apply-rag and --undo-apply cannot be used together: choose one');
  if ((req.applyRag || req.undoApply) && !req.out) {
    const flag = req.applyRag ? '--apply-rag' : '--undo-apply';
    throw new UsageError(`${flag} changes the plan in a copy, never in the file itself: add --out checked.xlsx`);
  }
  if (req.out !== undefined && !req.out.trim()) throw new UsageError('--out needs a file name, e.g. --out checked.xlsx');
  if (req.html !== undefined && !req.html.trim()) throw new UsageError('--html needs a file name, e.g. --html report.html');
}

/** Where the outputs go, checked against the plans: a wrong one is a UsageError naming the flag. */
export async function planOutputs(target: string, plans: PlanFiles, req: OutputRequest): Promise<OutputPlan> {
  checkOutputRequest(req);
  const { isFolder } = plans;
  const plan: OutputPlan = {
    applyRag: !!req.applyRag,
    undoApply: !!req.undoApply,
    inFolder: isFolder,
    protect: new ProtectedFiles(plans.files),
    ...(plans.outputNames ? { outputNames: plans.outputNames } : {}),
  };
  const planName = stem(path.basename(target));
  try {
    if (req.out !== undefined) plan.out = await resolveOutput('--out', req.out, isFolder, ['.xlsx'], `${planName}.checked.xlsx`);
    if (req.html !== undefined) plan.html = await resolveOutput('--html', req.html, isFolder, ['.html', '.htm'], `${planName}.html`);
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message);
    throw e;
  }
  // by what the paths are on disk, not how they are spelt (see ./output/target.ts)
  if (plan.out && isFolder && (await sameFile(plan.out, target))) {
    throw new UsageError(`--out "${req.out}" is the folder being checked: give another folder for the checked copies`);
  }
  for (const [flag, given, where] of [['--out', req.out, plan.out], ['--html', req.html, plan.html]] as const) {
    if (where && !isFolder && (await plan.protect.holds(where))) {
      throw new UsageError(`${flag} "${given}" is the plan being checked: give another file name (PlanCheck never overwrites the plan it reads)`);
    }
  }
  return plan;
}

export interface WrittenOutputs {
  written: string[];
  notes: string[];
  outputError?: string;
}

/** Writes one plan's outputs; a failure is one line naming the file or flag, never thrown. */
export async function writePlanOutputs(file: string, grid: Grid, result: CheckResult, plan: OutputPlan): Promise<WrittenOutputs> {
  const written: string[] = [];
  const notes: string[] = [];
  if (!plan.out && !plan.html) return { written, notes };
  const base = plan.outputNames?.get(file) ?? stem(path.basename(file));
  const out = plan.out ? (plan.inFolder ? path.join(plan.out, `${base}.checked.xlsx`) : plan.out) : undefined;
  const html = plan.html ? (plan.inFolder ? path.join(plan.html, `${base}.html`) : plan.html) : undefined;
  try {
    if (plan.inFolder) {
      if (out) await makeOutputFolder(path.dirname(out));
      if (html) await makeOutputFolder(path.dirname(html));
    }
    const { writeOutputs } = await import('./output/index');
    const logged: string[] = [];
    const res: unknown = await writeOutputs({
      log: (line: string) => void logged.push(line),
      grid,
      result,
      sourcePath: path.resolve(file),
      protect: plan.protect,
      ...(out ? { out } : {}),
      ...(html ? { html } : {}),
      ...(plan.applyRag ? { applyRag: true } : {}),
      ...(plan.undoApply ? { undoApply: true } : {}),
    });
    const summary = (res ?? {}) as { written?: unknown; messages?: unknown };
    if (Array.isArray(summary.written)) written.push(...summary.written.filter((w): w is string => typeof w === 'string'));
    else written.push(...[out, html].filter((w): w is string => !!w));
    // the writer's notes for the person running it (e.g. cells Undo apply left alone)
    const messages = logged.length ? logged : Array.isArray(summary.messages) ? summary.messages : [];
    for (const m of messages) if (typeof m === 'string' && m.trim()) notes.push(m);
    return { written, notes };
  } catch (e) {
    const where = out ?? html ?? file;
    const message = e instanceof Error ? e.message : String(e);
    // the writer's own errors are already one line naming the flag or file
    const outputError = e instanceof Error && e.name === 'OutputError' ? message : `${where}: could not be written (${message}): check the folder exists and the file is not open in Excel`;
    return { written, notes, outputError };
  }
}
