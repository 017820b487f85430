/**
 * One PlanCheck run in a spreadsheet: read the grid, ask the core, apply its edits, under the
 * document lock. Returns plain objects (no Dates, no functions) that google.script.run can
 * hand to the sidebar. Never logs: plans hold safeguarding data.
 */
import type { CheckResult, Grid, PaneModel, SettingsInput, WorkbookEdits } from '../../core/index';
import { appliedCells, nothingToApply, parseA1, planCheckKind, restoredCells, serialToInstant } from '../../core/index';
import { applyEdits, type ApplyOutcome } from './applyEdits';
import { makeDateConverter } from './dates';
import { parseRangeA1, readGrid, type GridRead } from './readGrid';
import type { Services } from './services';
import { SettingsStore, type SaveResult } from './settingsStore';

/** What the host needs from the core (core/index.ts). */
export interface CoreApi {
  checkWorkbook(grid: Grid, settings?: SettingsInput, now?: Date): CheckResult;
  buildEdits(grid: Grid, result: CheckResult): WorkbookEdits;
  applyRagEdits(grid: Grid, result: CheckResult): WorkbookEdits;
  /** The edits, or why there is nothing to undo. */
  undoApplyEdits(grid: Grid): WorkbookEdits | { error: string };
  paneModel(result: CheckResult): PaneModel;
}

export type Action = 'validate' | 'apply' | 'undo';

/** A pane group with at most ISSUES_PER_GROUP issues; `more` counts the rest (all are in the Plan issues sheet). */
export type SidebarPane = Omit<PaneModel, 'groups'> & {
  groups: (PaneModel['groups'][number] & { total: number; more: number })[];
  /** How many actions look complete (the list is trimmed like the groups). */
  looksCompleteTotal: number;
};

export interface RunDone {
  ok: true;
  action: Action;
  /** What the sidebar shows (null after Apply RAG / Undo apply: validate again to refresh). */
  pane: SidebarPane | null;
  created: string[];
  deleted: string[];
  planCellsChanged: number;
  elapsedMs: number;
  message: string;
}

export interface RunFailed {
  ok: false;
  action: Action | 'select' | 'settings';
  message: string;
}

export type RunResult = RunDone | RunFailed;

export const ISSUES_PER_GROUP = 200;
const LOCK_WAIT_MS = 10000;

export function trimPane(pane: PaneModel, perGroup = ISSUES_PER_GROUP): SidebarPane {
  return {
    ...pane,
    looksComplete: pane.looksComplete.slice(0, perGroup),
    looksCompleteTotal: pane.looksComplete.length,
    groups: pane.groups.map((g) => ({
      ...g,
      issues: g.issues.slice(0, perGroup),
      total: g.issues.length,
      more: Math.max(0, g.issues.length - perGroup),
    })),
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function errorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim().slice(0, 500) || 'Something went wrong.';
}

function protectedCellsMessage(cells: string[], action: Action): string {
  const shown = cells.length > 8 ? `${cells.slice(0, 8).join(', ')} and ${cells.length - 8} more` : cells.join(', ');
  const what = action === 'apply' ? 'Apply RAG' : 'Undo apply';
  return `${what} changed nothing: ${cells.length === 1 ? 'cell' : 'cells'} ${shown} ${cells.length === 1 ? 'is' : 'are'} protected, and you cannot edit ${cells.length === 1 ? 'it' : 'them'}. Ask the spreadsheet's owner to let you edit ${cells.length === 1 ? 'it' : 'them'} (Data › Protect sheets and ranges), then try again.`;
}

export class Session {
  private readonly store: SettingsStore;

  constructor(
    private readonly services: Services,
    private readonly core: CoreApi,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.store = new SettingsStore(services.PropertiesService.getDocumentProperties());
  }

  private get ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.services.SpreadsheetApp.getActiveSpreadsheet();
  }

  settings(): Record<string, unknown> {
    return this.store.load();
  }

  saveSettings(input: unknown): SaveResult {
    return this.store.save(input);
  }

  progress(): string {
    return this.store.progress();
  }

  /** Jumps to a cell the sidebar names (an issue's cell). */
  selectCell(sheetName: unknown, a1: unknown): { ok: true } | RunFailed {
    if (typeof sheetName !== 'string' || typeof a1 !== 'string' || !parseRangeA1(a1)) {
      return { ok: false, action: 'select', message: 'That cell address cannot be read.' };
    }
    const sheet = this.ss.getSheetByName(sheetName);
    if (!sheet) return { ok: false, action: 'select', message: `There is no sheet called "${sheetName}" any more. Run Validate plan again.` };
    try {
      sheet.activate();
      sheet.getRange(a1).activate();
    } catch {
      return { ok: false, action: 'select', message: `${sheetName}!${a1} is no longer in the sheet. Run Validate plan again.` };
    }
    return { ok: true };
  }

  validate(): RunResult {
    return this.run('validate');
  }

  applyRag(): RunResult {
    return this.run('apply');
  }

  undoApply(): RunResult {
    return this.run('undo');
  }

  private read(): GridRead {
    const { SpreadsheetApp, Utilities } = this.services;
    return readGrid(this.ss, {
      sheetProtection: SpreadsheetApp.ProtectionType.SHEET,
      formatDate: Utilities ? (d, tz, f) => Utilities.formatDate(d, tz, f) : undefined,
      // PlanCheck's own sheets from an earlier run are only replaced: their marker is enough
      // (the undo record and the record of the last check are read whole: Apply RAG, Undo
      // apply and the comparison with the last check need them)
      headOnly: (head) => {
        const kind = planCheckKind(head);
        return kind !== null && kind !== 'undo' && kind !== 'record';
      },
    });
  }

  /**
   * The reporting date defaults to today in the spreadsheet's time zone (File › Settings), not
   * the script's: a Sydney plan checked at 9 am is checked as of that day, not London's.
   */
  private withToday(settings: SettingsInput, timeZone: string): SettingsInput {
    if (settings.asOf) return settings;
    const { Utilities } = this.services;
    const serial = makeDateConverter(timeZone, Utilities ? (d, tz, f) => Utilities.formatDate(d, tz, f) : undefined)(new Date(this.now()));
    if (!Number.isFinite(serial)) return settings;
    return { ...settings, asOf: new Date(serialToInstant(Math.floor(serial))).toISOString().slice(0, 10) };
  }

  /**
   * Plan cells Apply RAG / Undo apply would write that a protection keeps this user from
   * editing (a protected range, or a protected sheet outside its unprotected ranges): asked
   * before anything is written, so a run never stops part-way.
   */
  private protectedCells(edits: WorkbookEdits): string[] {
    const { SpreadsheetApp } = this.services;
    const blocked: string[] = [];
    const bySheet = new Map<string, string[]>();
    for (const c of edits.planCells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.cell]);
    for (const [name, cells] of bySheet) {
      const sheet = this.ss.getSheetByName(name);
      if (!sheet) continue;
      const areas: { inside: (r: number, c: number) => boolean }[] = [];
      const within = (rg: GoogleAppsScript.Spreadsheet.Range) => {
        const r0 = rg.getRow();
        const c0 = rg.getColumn();
        const r1 = r0 + rg.getNumRows();
        const c1 = c0 + rg.getNumColumns();
        return (r: number, c: number) => r >= r0 && r < r1 && c >= c0 && c < c1;
      };
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
        if (!p.canEdit() && !p.isWarningOnly()) areas.push({ inside: within(p.getRange()) });
      }
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
        if (p.canEdit() || p.isWarningOnly()) continue;
        const open = p.getUnprotectedRanges().map(within);
        areas.push({ inside: (r, c) => !open.some((f) => f(r, c)) });
      }
      if (!areas.length) continue;
      for (const cell of cells) {
        const at = parseA1(cell);
        if (at && areas.some((a) => a.inside(at.row, at.column))) blocked.push(`${name}!${cell}`);
      }
    }
    return blocked;
  }

  private apply(read: GridRead, edits: WorkbookEdits): ApplyOutcome {
    const { SpreadsheetApp, Charts } = this.services;
    const ss = this.ss;
    const sheetIds = new Map(read.sheets.map((s) => [s.name, s.sheetId] as [string, number]));
    const formats = new Map(read.sheets.map((s) => [s.name, s.sheetsFormats] as const));
    const active = ss.getActiveSheet();
    const activeName = active ? active.getName() : null;
    const outcome = applyEdits(
      {
        ss,
        app: SpreadsheetApp,
        legendTop: Charts.Position.TOP,
        sheetIds,
        planCellFormat: (sheet, cell) => {
          const at = parseA1(cell);
          return at ? formats.get(sheet)?.[at.row - 1]?.[at.column - 1] : undefined;
        },
      },
      edits,
    );
    // stay where the user was (inserting sheets moves the selection)
    const back = activeName && !outcome.deleted.includes(activeName) ? ss.getSheetByName(activeName) : null;
    const firstNew = outcome.created.length ? ss.getSheetByName(outcome.created[0]!) : null;
    const target = back ?? firstNew;
    if (target && !target.isSheetHidden()) target.activate();
    return outcome;
  }

  private run(action: Action): RunResult {
    const started = this.now();
    const settings = this.store.load();
    const { LockService, SpreadsheetApp } = this.services;
    const lock = LockService.getDocumentLock();
    if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
      return { ok: false, action, message: 'PlanCheck is already running in this spreadsheet (perhaps for another editor). Try again in a minute.' };
    }
    try {
      this.store.setProgress('Reading the plan…');
      const read = this.read();
      let result: CheckResult | null = null;
      let edits: WorkbookEdits;
      if (action === 'undo') {
        this.store.setProgress('Reading the undo record…');
        const undo = this.core.undoApplyEdits(read.grid);
        if ('error' in undo) {
          this.store.setProgress('');
          return { ok: false, action, message: undo.error };
        }
        edits = undo;
      } else {
        this.store.setProgress(`Checking ${plural(read.sheets.length, 'sheet')}…`);
        result = this.core.checkWorkbook(read.grid, this.withToday(settings as SettingsInput, read.timeZone));
        edits = action === 'validate' ? this.core.buildEdits(read.grid, result) : this.core.applyRagEdits(read.grid, result);
      }
      const blocked = action === 'validate' ? [] : this.protectedCells(edits);
      if (blocked.length) {
        this.store.setProgress('');
        return { ok: false, action, message: protectedCellsMessage(blocked, action) };
      }
      this.store.setProgress('Writing the results…');
      const outcome = this.apply(read, edits);
      SpreadsheetApp.flush();
      const elapsedMs = this.now() - started;
      const done: RunDone = {
        ok: true,
        action,
        pane: action === 'validate' && result ? trimPane(this.core.paneModel(result)) : null,
        ...outcome,
        elapsedMs,
        message: [this.message(action, result, outcome, elapsedMs), ...(edits.messages ?? [])].join(' '),
      };
      this.store.setProgress(done.message);
      return done;
    } catch (e) {
      const message = errorText(e);
      try {
        this.store.setProgress('');
      } catch {
        /* the run failed already; its message matters more */
      }
      return { ok: false, action, message };
    } finally {
      if (lock) lock.releaseLock();
    }
  }

  private message(action: Action, result: CheckResult | null, outcome: ApplyOutcome, ms: number): string {
    const secs = `${(ms / 1000).toFixed(1)} s`;
    if (action === 'validate' && result) {
      const s = result.report.summary;
      const wrote = outcome.created.length ? ` Wrote ${outcome.created.join(', ')}.` : '';
      return `Checked ${plural(s.actions, 'action')}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} for information.${wrote} (${secs})`;
    }
    if (action === 'apply') {
      if (outcome.planCellsChanged) {
        return `${appliedCells(outcome.planCellsChanged)} (${secs})`;
      }
      return `${nothingToApply(result !== null && result.details.some((d) => d.ragCell))} (${secs})`;
    }
    return `${restoredCells(outcome.planCellsChanged)} (${secs})`;
  }
}
