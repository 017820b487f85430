/**
 * One PlanCheck run in a spreadsheet: read the grid, ask the core, apply its edits, under the
 * document lock. Returns plain objects (no Dates, no functions) that google.script.run can
 * hand to the sidebar. Never logs: plans hold safeguarding data.
 */
import type { CheckResult, Grid, PaneModel, SettingsInput, WorkbookEdits } from '../../core/index';
import { parseA1, planCheckKind } from '../../core/index';
import { applyEdits, type ApplyOutcome } from './applyEdits';
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
      // (the undo record is read whole: Apply RAG and Undo apply need it)
      headOnly: (head) => {
        const kind = planCheckKind(head);
        return kind !== null && kind !== 'undo';
      },
    });
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
        barChartType: Charts.ChartType.BAR,
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
        result = this.core.checkWorkbook(read.grid, settings as SettingsInput);
        edits = action === 'validate' ? this.core.buildEdits(read.grid, result) : this.core.applyRagEdits(read.grid, result);
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
        return `Wrote the computed RAG into ${plural(outcome.planCellsChanged, 'cell')}. Undo apply puts the previous values back. Validate again to refresh the counts. (${secs})`;
      }
      return result && !result.details.some((d) => d.ragCell)
        ? `This plan has no RAG column or RAG colours for PlanCheck to fill in: nothing to change. (${secs})`
        : `Every RAG already matches the computed one: nothing to change. (${secs})`;
    }
    return outcome.planCellsChanged
      ? `Restored ${plural(outcome.planCellsChanged, 'cell')} as they were before Apply RAG. Validate again to refresh the counts. (${secs})`
      : `There is no Apply RAG to undo. (${secs})`;
  }
}
