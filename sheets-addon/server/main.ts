/**
 * The add-on's entry points. webpack bundles this file with the core into dist-sheets/Code.js
 * as `var PlanCheck = …` and appends a plain top-level function for every export here, which
 * is what Apps Script calls: onOpen/onInstall, the menu items, and the functions the sidebar
 * calls through google.script.run. Keep every export a function taking plain values.
 */
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, undoApplyEdits } from '../../core/index';
import type { Services } from '../host/services';
import { Session, type CoreApi, type RunResult } from '../host/session';
import type { SaveResult } from '../host/settingsStore';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'PlanCheck';

/** The Apps Script globals, read only when called (onOpen may run with no authorisation). */
function services(): Services {
  return {
    SpreadsheetApp,
    HtmlService,
    PropertiesService,
    LockService,
    Charts,
    Utilities: typeof Utilities === 'undefined' ? undefined : Utilities,
  };
}

const CORE: CoreApi = { checkWorkbook, buildEdits, applyRagEdits, undoApplyEdits, paneModel };

function session(): Session {
  return new Session(services(), CORE);
}

type SidebarAction = 'validate' | 'apply' | 'undo' | 'settings' | '';

/** Opens the sidebar; `action` is what it starts with (the menu item chosen). */
function showSidebar(action: SidebarAction): void {
  const template = HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  // printed with <?= ?> only: HtmlService escapes it; the sidebar reads it as text
  template.initial = JSON.stringify({ action, settings: session().settings() });
  const html = template.evaluate().setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Adds Extensions → PlanCheck. Runs in any authorisation mode, so it touches nothing else. */
export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Validate plan', 'menuValidatePlan')
    .addItem('Apply RAG', 'menuApplyRag')
    .addItem('Undo apply', 'menuUndoApply')
    .addSeparator()
    .addItem('Settings', 'menuSettings')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuValidatePlan(): void {
  showSidebar('validate');
}

export function menuApplyRag(): void {
  showSidebar('apply');
}

export function menuUndoApply(): void {
  showSidebar('undo');
}

export function menuSettings(): void {
  showSidebar('settings');
}

/** Sidebar: Validate plan. */
export function validatePlan(): RunResult {
  return session().validate();
}

/** Sidebar: Apply RAG (writes the computed RAG into the plan, keeping the previous values). */
export function applyRag(): RunResult {
  return session().applyRag();
}

/** Sidebar: Undo apply. */
export function undoApply(): RunResult {
  return session().undoApply();
}

/** Sidebar: the settings kept in this spreadsheet. */
export function getSettings(): Record<string, unknown> {
  return session().settings();
}

/** Sidebar: saves settings after the core has validated them. */
export function saveSettings(input: unknown): SaveResult {
  return session().saveSettings(input);
}

/** Sidebar: the progress line of a run under way. */
export function getProgress(): string {
  return session().progress();
}

/** Sidebar: jump to an issue's cell. */
export function selectCell(sheet: unknown, a1: unknown): { ok: boolean; message?: string } {
  return session().selectCell(sheet, a1);
}
