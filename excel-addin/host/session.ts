/**
 * One run of the task pane, start to finish, in a single Excel.run: read the workbook
 * (readGrid), hand it to the core, apply the core's edits (applyEdits), and say what
 * happened in plain English. The rules all live in the core; this only orchestrates and
 * turns host conditions (empty workbook, protection, Office errors) into messages.
 */
import { applyRagEdits, buildEdits, checkWorkbook, nothingToApply, paneModel, resolveSettings, undoApplyEdits } from '../../core/index';
import type { CheckResult, Grid, PaneModel, Settings, SettingsInput, WorkbookEdits } from '../../core/index';
import { readGrid, ReadResult } from './readGrid';
import { applyEdits } from './applyEdits';
import { errorCode } from './payload';

export interface RunCounts {
  /** context.sync calls in the whole run. */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** Row chunks read. */
  chunks: number;
  /** Largest estimated response (reading) and request (writing), bytes. */
  largestRead: number;
  largestWrite: number;
  /** Rows read over all sheets. */
  rows: number;
}

export type Tone = 'error' | 'warning' | 'info' | 'success';

export type Outcome =
  | { kind: 'validated'; model: PaneModel; notices: string[]; wrote: boolean; sheets: string[]; counts: RunCounts; result: CheckResult; written?: string[] }
  | { kind: 'applied' | 'undone'; changed: number; notices: string[]; counts: RunCounts }
  | { kind: 'message'; tone: Tone; message: string; notices: string[]; counts?: RunCounts };

export interface RunOptions {
  settings: SettingsInput;
  onProgress?: (text: string) => void;
  now?: Date;
  /** Payload budget per sync (tests). */
  budget?: number;
}

const MESSAGES = {
  empty:
    'This workbook is empty, so there is nothing to check. Open the workbook that holds the plan, or paste the plan into a sheet (with a header row naming the actions, leads and due dates), then click Validate plan.',
  noTable:
    'No plan table was found in this workbook. PlanCheck looks for a header row naming an action (or objective) column and a due date, lead or progress column. Add such a header above the actions and click Validate plan again. Nothing was written.',
  structure:
    'The workbook structure is protected, so PlanCheck cannot add its sheets. The check ran and its results are below; to write the Plan issues, RAG summary and carry-over sheets, unprotect the workbook (Review › Protect Workbook) and run again.',
  structureApply:
    'The workbook structure is protected, so PlanCheck cannot keep the hidden record that Undo apply needs. Nothing was changed. Unprotect the workbook (Review › Protect Workbook) and try again.',
  structureUndo:
    'The workbook structure is protected, so PlanCheck cannot remove its hidden Apply RAG record after restoring the cells. Nothing was changed. Unprotect the workbook (Review › Protect Workbook) and try Undo apply again.',
  accessDenied:
    'Excel refused the change because a sheet or the workbook is protected. Nothing more was written. Unprotect it (Review › Unprotect Sheet) and try again.',
  cellEdit:
    'Excel is still editing a cell, so PlanCheck could not run. Press Enter (or Esc) to finish typing in the cell, then try again. Nothing was changed.',
  inactive:
    'This workbook is not the active Excel window, so PlanCheck could not reach it. Click anywhere in the workbook, then try again. Nothing was changed.',
  workbookProtected:
    'The workbook is protected, so Excel refused PlanCheck\'s change. Nothing more was written. Unprotect it (Review › Protect Workbook) and try again.',
};

/** Excel's sentence for conditional-format colours it could not report (before ExcelApi 1.19). */
function conditionalFormatNotice(sheets: string[]): string {
  const names = sheets.map((s) => `"${s}"`).join(', ');
  return `${sheets.length === 1 ? 'Sheet' : 'Sheets'} ${names} ${sheets.length === 1 ? 'has' : 'have'} conditional formatting, whose colours this version of Excel does not report to add-ins (it needs Microsoft 365's ExcelApi 1.19): a RAG shown only by a conditional format was not read. PlanCheck used the cells' own fills and text.`;
}

/**
 * Every batch waits while the user is typing in a cell, rather than failing (Excel.RunOptions).
 * Excel.run's options overload is typed for ExcelApi 1.20's mergeUndoGroup too; only
 * delayForCellEdit is asked for.
 */
function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** Basename of the document URL or path (Office.context.document.url), for the core. */
export function fileNameOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[?#]/)[0]!.split(/[\\/]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function documentFileName(): string | undefined {
  try {
    return fileNameOf(Office.context.document.url);
  } catch {
    return undefined;
  }
}

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return true;
  }
}

/** Lets the pane paint the progress line before a long computation. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function countsOf(read: ReadResult, write: { syncs: number; largestEstimate: number } | null, extraSyncs = 0): RunCounts {
  return {
    syncs: read.syncs + (write?.syncs ?? 0) + extraSyncs,
    readSyncs: read.syncs,
    writeSyncs: (write?.syncs ?? 0) + extraSyncs,
    chunks: read.chunks,
    largestRead: read.largestEstimate,
    largestWrite: write?.largestEstimate ?? 0,
    rows: read.grid.sheets.reduce((n, s) => n + s.values.length, 0),
  };
}

/** Unique notes, the first few in full. */
export function summariseNotes(notes: string[], max = 6): string[] {
  const unique = [...new Set(notes)];
  if (unique.length <= max) return unique;
  return [...unique.slice(0, max), `…and ${unique.length - max} more like these.`];
}

/** Plan sheets the edits would write to that are protected. */
function protectedTargets(edits: WorkbookEdits, grid: Grid): string[] {
  const prot = new Set(grid.sheets.filter((s) => s.protected).map((s) => s.name));
  return [...new Set(edits.planCells.map((c) => c.sheet).filter((s) => prot.has(s)))];
}

function protectedMessage(sheets: string[], what: string): string {
  const names = sheets.map((s) => `"${s}"`).join(', ');
  return `${sheets.length === 1 ? 'Sheet' : 'Sheets'} ${names} ${sheets.length === 1 ? 'is' : 'are'} protected, so ${what}. Nothing was changed. Unprotect ${sheets.length === 1 ? 'it' : 'them'} (Review › Unprotect Sheet) and try again.`;
}

/** Office's own account of a failed batch, for the developer console (never shown to staff). */
export function logOfficeError(e: unknown): void {
  const info = e && typeof e === 'object' && 'debugInfo' in e ? (e as { debugInfo: unknown }).debugInfo : undefined;
  if (info !== undefined || errorCode(e)) console.error('PlanCheck: Excel refused a request', errorCode(e) ?? '', info ?? '');
}

function describeError(e: unknown, structureProtected = false): Outcome {
  const code = errorCode(e);
  logOfficeError(e);
  if (code === 'InvalidOperationInCellEditMode') return { kind: 'message', tone: 'warning', message: MESSAGES.cellEdit, notices: [] };
  if (code === 'InactiveWorkbook') return { kind: 'message', tone: 'warning', message: MESSAGES.inactive, notices: [] };
  if (code === 'AccessDenied') return { kind: 'message', tone: 'error', message: structureProtected ? MESSAGES.workbookProtected : MESSAGES.accessDenied, notices: [] };
  if (e instanceof Error && e.name === 'PlanCheckError') return { kind: 'message', tone: 'error', message: e.message, notices: [] };
  const text = e instanceof Error ? e.message : String(e);
  return {
    kind: 'message',
    tone: 'error',
    message: `PlanCheck could not finish${code ? ` (Excel said ${code})` : ''}: ${text}. Your plan was not changed by this run except where stated; try again, and if it keeps happening, save the workbook and reopen it.`,
    notices: [],
  };
}

/** The run's settings, resolved once (every check of the run takes them as they are), or the message saying what to fix. */
function settingsOrMessage(input: SettingsInput): { ok: true; settings: Settings } | { ok: false; outcome: Outcome } {
  const resolved = resolveSettings(input);
  if (resolved.ok) return { ok: true, settings: resolved.settings };
  return { ok: false, outcome: { kind: 'message', tone: 'error', message: `Check the settings: ${resolved.message}`, notices: [] } };
}

async function read(context: Excel.RequestContext, opts: RunOptions): Promise<ReadResult> {
  opts.onProgress?.('Reading the workbook…');
  return readGrid(context, {
    fileName: documentFileName(),
    budget: opts.budget,
    readFills: supported('1.9'),
    readDisplayedFills: supported('1.19'),
    readMerges: supported('1.13'),
    onProgress: (p) => opts.onProgress?.(`Reading "${p.sheet}": row ${p.rowsRead.toLocaleString('en-GB')} of ${p.rowsTotal.toLocaleString('en-GB')}…`),
  });
}

function protectionNotices(grid: Grid, result: CheckResult): string[] {
  const planSheets = new Set(result.report.actions.map((a) => a.sheet));
  return grid.sheets
    .filter((s) => s.protected && planSheets.has(s.name))
    .map((s) => `Sheet "${s.name}" is protected: PlanCheck checked it, but Apply RAG cannot change it until it is unprotected (Review › Unprotect Sheet).`);
}

/** What the read could not see, for the plan's sheets. */
function readNotices(r: ReadResult, result: CheckResult): string[] {
  const planSheets = new Set(result.report.actions.map((a) => a.sheet));
  const sheets = r.conditionalFormatSheets.filter((s) => planSheets.has(s));
  return sheets.length ? [conditionalFormatNotice(sheets)] : [];
}

/**
 * One checking run: the settings resolved once, the workbook read, the plan checked in one
 * Excel.run; `then` turns the result into the run's outcome. An empty workbook is said at once.
 */
async function checkedRun(
  opts: RunOptions,
  checking: (r: ReadResult) => string,
  emptyWithCounts: boolean,
  then: (context: Excel.RequestContext, r: ReadResult, result: CheckResult) => Promise<Outcome>,
): Promise<Outcome> {
  const s = settingsOrMessage(opts.settings);
  if (!s.ok) return s.outcome;
  let structureProtected = false;
  try {
    return await runExcel(async (context) => {
      const r = await read(context, opts);
      structureProtected = r.structureProtected;
      if (r.empty) return { kind: 'message', tone: 'warning', message: MESSAGES.empty, notices: [], ...(emptyWithCounts ? { counts: countsOf(r, null) } : {}) } as Outcome;
      opts.onProgress?.(checking(r));
      await yieldToUi();
      return then(context, r, checkWorkbook(r.grid, s.settings, opts.now ?? new Date()));
    });
  } catch (e) {
    return describeError(e, structureProtected);
  }
}

/** Validate plan: check the workbook and (re-)write PlanCheck's sheets. */
export async function validatePlan(opts: RunOptions): Promise<Outcome> {
  return checkedRun(opts, (r) => `Checking ${countsOf(r, null).rows.toLocaleString('en-GB')} rows…`, true, async (context, r, result) => {
    if (result.report.actions.length === 0) {
      const why = result.report.issues.find((i) => i.code === 'no-plan-table');
      const message = why ? `${why.message} Nothing was written.` : MESSAGES.noTable;
      return { kind: 'message', tone: 'warning', message, notices: [], counts: countsOf(r, null) } as Outcome;
    }
    const model = paneModel(result);
    const notices = [...readNotices(r, result), ...protectionNotices(r.grid, result)];
    if (r.structureProtected) {
      return { kind: 'validated', model, notices: [MESSAGES.structure, ...notices], wrote: false, sheets: [], counts: countsOf(r, null), result } as Outcome;
    }
    const edits = buildEdits(r.grid, result);
    opts.onProgress?.('Writing the results…');
    const w = await applyEdits(context, edits, { budget: opts.budget, onProgress: opts.onProgress });
    return {
      kind: 'validated',
      model,
      notices: summariseNotes([...notices, ...(edits.messages ?? [])]),
      wrote: true,
      sheets: edits.sheets.filter((x) => !x.hidden).map((x) => x.name),
      // every sheet written, hidden ones (the record of this check) included
      written: edits.sheets.map((x) => x.name),
      counts: countsOf(r, w),
      result,
    } as Outcome;
  });
}

/** Apply RAG: write the computed RAG into the plan, keeping what was there for Undo apply. */
export async function applyRag(opts: RunOptions): Promise<Outcome> {
  return checkedRun(opts, () => 'Working out the RAG for each action…', false, async (context, r, result) => {
    const edits = applyRagEdits(r.grid, result);
    const notes = summariseNotes(edits.messages ?? []);
    const blocked = protectedTargets(edits, r.grid);
    if (blocked.length) {
      return { kind: 'message', tone: 'error', message: protectedMessage(blocked, 'PlanCheck cannot write the RAG into them'), notices: notes } as Outcome;
    }
    if (edits.planCells.length === 0) {
      const planProtected = r.grid.sheets.filter((g) => g.protected && result.report.actions.some((a) => a.sheet === g.name)).map((g) => g.name);
      if (planProtected.length) {
        return { kind: 'message', tone: 'error', message: protectedMessage(planProtected, 'PlanCheck cannot write the RAG into them'), notices: [] } as Outcome;
      }
      const message = result.report.actions.length === 0 ? MESSAGES.noTable : nothingToApply(result.details.some((d) => d.ragCell));
      return { kind: 'message', tone: 'info', message, notices: notes, counts: countsOf(r, null) } as Outcome;
    }
    if (r.structureProtected && (edits.sheets.length || edits.deleteSheets.length)) {
      return { kind: 'message', tone: 'error', message: MESSAGES.structureApply, notices: [] } as Outcome;
    }
    opts.onProgress?.(`Writing the RAG into ${edits.planCells.length} cell${edits.planCells.length === 1 ? '' : 's'}…`);
    const w = await applyEdits(context, edits, { budget: opts.budget });
    return { kind: 'applied', changed: edits.planCells.length, notices: notes, counts: countsOf(r, w) } as Outcome;
  });
}

/** Undo apply: put back exactly what Apply RAG replaced, and drop the record. */
export async function undoApply(opts: Omit<RunOptions, 'settings'>): Promise<Outcome> {
  let structureProtected = false;
  try {
    return await runExcel(async (context) => {
      const r = await read(context, { ...opts, settings: {} });
      structureProtected = r.structureProtected;
      const edits = undoApplyEdits(r.grid);
      if ('error' in edits) return { kind: 'message', tone: 'info', message: edits.error, notices: [], counts: countsOf(r, null) } as Outcome;
      const notes = summariseNotes(edits.messages ?? []);
      const blocked = protectedTargets(edits, r.grid);
      if (blocked.length) {
        return { kind: 'message', tone: 'error', message: protectedMessage(blocked, 'PlanCheck cannot put the earlier RAG back'), notices: notes } as Outcome;
      }
      if (r.structureProtected && edits.deleteSheets.length) {
        return { kind: 'message', tone: 'error', message: MESSAGES.structureUndo, notices: [] } as Outcome;
      }
      opts.onProgress?.(`Restoring ${edits.planCells.length} cell${edits.planCells.length === 1 ? '' : 's'}…`);
      const w = await applyEdits(context, edits, { budget: opts.budget });
      return { kind: 'undone', changed: edits.planCells.length, notices: notes, counts: countsOf(r, w) } as Outcome;
    });
  } catch (e) {
    return describeError(e, structureProtected);
  }
}

/** Shows a plan cell: activates its sheet and selects it (one sync). */
export async function selectCell(sheet: string, cell: string): Promise<Outcome | null> {
  try {
    await runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
    return null;
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ItemNotFound') {
      return { kind: 'message', tone: 'warning', message: `Sheet "${sheet}" is no longer in the workbook. Click Validate plan to check the plan again.`, notices: [] };
    }
    if (code === 'InvalidOperation' || code === 'InvalidSelection' || code === 'AccessDenied') {
      // say what is true of the sheet, never a guess
      const why = await whyNotShown(sheet);
      if (why === 'hidden') {
        return { kind: 'message', tone: 'warning', message: `Sheet "${sheet}" is hidden, so ${cell} cannot be shown. Unhide the sheet (right-click a sheet tab › Unhide) and try again.`, notices: [] };
      }
      if (why === 'protected') {
        return { kind: 'message', tone: 'warning', message: `Sheet "${sheet}" is protected against selecting its cells, so ${cell} cannot be shown. Unprotect the sheet (Review › Unprotect Sheet), or go to ${cell} yourself.`, notices: [] };
      }
    }
    return describeError(e);
  }
}

/** Asked only after Excel refused to show a cell: is its sheet hidden, or protected against selection? */
async function whyNotShown(sheet: string): Promise<'hidden' | 'protected' | null> {
  try {
    return await runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load('visibility');
      ws.protection.load('protected,options');
      await context.sync();
      if (ws.visibility !== 'Visible') return 'hidden';
      if (ws.protection.protected && ws.protection.options.selectionMode !== 'Normal') return 'protected';
      return null;
    });
  } catch {
    return null;
  }
}

/** Everything a run reports, for the bench and the tests. */
export type { ReadResult };
