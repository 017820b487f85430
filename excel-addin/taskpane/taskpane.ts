/**
 * The PlanCheck task pane: Validate plan, settings kept in the workbook, results, Apply RAG
 * and Undo apply. Thin: the host modules read and write the workbook, the core decides.
 */
import './strictCsp';
import type { PaneIssue } from '../../core/index';
import { appliedCells, restoredCells, SETTINGS_FIELDS } from '../../core/index';
import { applyRag, selectCell, undoApply, validatePlan } from '../host/session';
import type { Outcome, Tone } from '../host/session';
import { renderCounts, renderIssues, renderLooksComplete, renderMeta, renderNotices, renderSince } from './render';
import { DEFAULT_SETTINGS, loadPaneSettings, savePaneSettings, toSettingsInput } from './settingsStore';
import type { PaneSettings, SchemeChoice } from './settingsStore';

interface Elements {
  main: HTMLElement;
  validate: HTMLButtonElement;
  apply: HTMLButtonElement;
  undo: HTMLButtonElement;
  status: HTMLElement;
  message: HTMLElement;
  notices: HTMLElement;
  form: HTMLFormElement;
  asOf: HTMLInputElement;
  planPeriod: HTMLInputElement;
  scheme: HTMLSelectElement;
  customScheme: HTMLTextAreaElement;
  customRow: HTMLElement;
  toleranceDays: HTMLInputElement;
  stalenessDays: HTMLInputElement;
  completion: HTMLSelectElement;
  results: HTMLElement;
  looksComplete: HTMLElement;
  meta: HTMLElement;
  counts: HTMLElement;
  issues: HTMLElement;
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`The task pane is missing #${id}`);
  return e as T;
}

function elements(doc: Document): Elements {
  return {
    main: byId(doc, 'main'),
    validate: byId(doc, 'validate'),
    apply: byId(doc, 'apply'),
    undo: byId(doc, 'undo'),
    status: byId(doc, 'status'),
    message: byId(doc, 'message'),
    notices: byId(doc, 'notices'),
    form: byId(doc, 'settings-form'),
    asOf: byId(doc, 'asOf'),
    planPeriod: byId(doc, 'planPeriod'),
    scheme: byId(doc, 'scheme'),
    customScheme: byId(doc, 'customScheme'),
    customRow: byId(doc, 'custom-row'),
    toleranceDays: byId(doc, 'toleranceDays'),
    stalenessDays: byId(doc, 'stalenessDays'),
    completion: byId(doc, 'completion'),
    results: byId(doc, 'results'),
    looksComplete: byId(doc, 'looks-complete'),
    meta: byId(doc, 'results-meta'),
    counts: byId(doc, 'counts'),
    issues: byId(doc, 'issues'),
  };
}

function readForm(e: Elements): PaneSettings {
  return {
    asOf: e.asOf.value,
    planPeriod: e.planPeriod.value,
    scheme: e.scheme.value as SchemeChoice,
    customScheme: e.customScheme.value,
    toleranceDays: e.toleranceDays.value,
    stalenessDays: e.stalenessDays.value,
    completion: e.completion.value === 'read' ? 'read' : 'stated',
  };
}

function fillForm(e: Elements, s: PaneSettings): void {
  e.asOf.value = s.asOf;
  e.planPeriod.value = s.planPeriod;
  e.scheme.value = s.scheme;
  e.customScheme.value = s.customScheme;
  e.toleranceDays.value = s.toleranceDays;
  e.stalenessDays.value = s.stalenessDays;
  e.completion.value = s.completion;
  e.customRow.hidden = s.scheme !== 'custom';
}

export function initPane(doc: Document): void {
  const e = elements(doc);
  const store = Office.context.document.settings;
  fillForm(e, loadPaneSettings(store));
  let busy = false;

  const setStatus = (text: string): void => {
    e.status.textContent = text;
  };
  const showMessage = (tone: Tone | null, text = ''): void => {
    e.message.textContent = text;
    e.message.hidden = !tone;
    e.message.className = `pc-message${tone ? ` pc-message-${tone}` : ''}`;
    e.message.setAttribute('role', tone === 'error' || tone === 'warning' ? 'alert' : 'status');
  };
  const setBusy = (on: boolean): void => {
    busy = on;
    e.results.setAttribute('aria-busy', String(on));
    for (const b of [e.validate, e.apply, e.undo]) b.disabled = on;
  };

  /** Saves the form to the workbook; returns the core's settings or null after showing what to fix. */
  const settingsFromForm = async (): Promise<ReturnType<typeof toSettingsInput> & { ok: true } | null> => {
    const form = readForm(e);
    const parsed = toSettingsInput(form);
    if (!parsed.ok) {
      showMessage('error', parsed.message);
      setStatus('');
      const details = e.form.closest('details');
      if (details) details.open = true;
      return null;
    }
    try {
      await savePaneSettings(store, form);
    } catch {
      // not fatal: the run uses the form's settings anyway
    }
    return parsed;
  };

  const showOutcome = (out: Outcome): void => {
    if (out.kind === 'message') {
      showMessage(out.tone, out.message);
      renderNotices(e.notices, out.notices);
      setStatus('');
      return;
    }
    renderNotices(e.notices, out.notices);
    if (out.kind === 'validated') {
      showMessage(null);
      renderMeta(e.meta, out.model);
      renderCounts(e.counts, out.model);
      renderLooksComplete(e.looksComplete, out.model, { onIssue: (at) => void goTo(at) });
      renderIssues(e.issues, out.model, { onIssue: (issue) => void goTo(issue) });
      renderSince(doc.getElementById('since'), out.model, (item) => void goTo({ sheet: item.sheet, cell: item.cell }));
      e.results.hidden = false;
      const issues = out.model.groups.reduce((n, g) => n + g.issues.length, 0);
      const where = out.wrote ? ` Results written to ${out.sheets.map((s) => `"${s}"`).join(', ')}.` : '';
      setStatus(`Checked ${out.model.actions} action${out.model.actions === 1 ? '' : 's'}: ${issues} issue${issues === 1 ? '' : 's'}.${where}`);
    } else if (out.kind === 'applied') {
      showMessage('success', appliedCells(out.changed));
      setStatus('Apply RAG finished.');
    } else {
      showMessage('success', restoredCells(out.changed));
      setStatus('Undo apply finished.');
    }
  };

  const run = async (label: string, task: () => Promise<Outcome>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    showMessage(null);
    setStatus(label);
    try {
      showOutcome(await task());
    } catch (err) {
      showMessage('error', `PlanCheck could not finish: ${err instanceof Error ? err.message : String(err)}`);
      setStatus('');
    } finally {
      setBusy(false);
    }
  };

  const goTo = async (issue: Pick<PaneIssue, 'sheet' | 'cell'>): Promise<void> => {
    if (!issue.sheet || !issue.cell) return;
    const out = await selectCell(issue.sheet, issue.cell);
    if (out && out.kind === 'message') showMessage(out.tone, out.message);
    else setStatus(`Showing ${issue.sheet}!${issue.cell}.`);
  };

  e.validate.addEventListener('click', () => {
    void run('Starting…', async () => {
      const s = await settingsFromForm();
      if (!s) return { kind: 'message', tone: 'error', message: e.message.textContent ?? '', notices: [] };
      return validatePlan({ settings: s.input, onProgress: setStatus });
    });
  });
  e.apply.addEventListener('click', () => {
    void run('Starting Apply RAG…', async () => {
      const s = await settingsFromForm();
      if (!s) return { kind: 'message', tone: 'error', message: e.message.textContent ?? '', notices: [] };
      return applyRag({ settings: s.input, onProgress: setStatus });
    });
  });
  e.undo.addEventListener('click', () => {
    void run('Starting Undo apply…', () => undoApply({ onProgress: setStatus }));
  });
  e.scheme.addEventListener('change', () => {
    e.customRow.hidden = e.scheme.value !== 'custom';
  });
  e.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const s = await settingsFromForm();
      if (s) {
        showMessage(null);
        setStatus('Settings saved in this workbook.');
      }
    })();
  });
  e.form.addEventListener('reset', (ev) => {
    ev.preventDefault();
    fillForm(e, DEFAULT_SETTINGS);
  });
  setStatus('Ready. Click Validate plan to check the plan in this workbook.');
}

/** What the pane says when it cannot work, with Validate plan left disabled. */
export const STARTUP_PROBLEMS = {
  noOffice: "office.js could not load: check the network connection, then close PlanCheck and open it again from Excel's Home tab.",
  notExcel: "Open PlanCheck from Excel's Home tab (Validate plan): this page works only inside Excel.",
  oldExcel:
    'This version of Excel is too old for PlanCheck, which needs Microsoft 365 or Office 2021 or later (ExcelApi 1.9). Open the workbook in Excel for the web or a current Excel.',
};

/** Shows why the pane cannot start; the buttons stay disabled. */
export function showStartupProblem(doc: Document, text: string): void {
  const message = doc.getElementById('message');
  const status = doc.getElementById('status');
  if (status) status.textContent = '';
  if (message) {
    message.textContent = text;
    message.hidden = false;
    message.className = 'pc-message pc-message-error';
    message.setAttribute('role', 'alert');
  }
}

function enableButtons(doc: Document): void {
  for (const id of ['validate', 'apply', 'undo']) {
    const b = doc.getElementById(id);
    if (b instanceof HTMLButtonElement) b.disabled = false;
  }
}

/** The settings form's labels, from the core's one table of settings (the sidebar uses it too). */
export function labelSettings(doc: Document): void {
  for (const field of SETTINGS_FIELDS) {
    const label = doc.querySelector(`label[for="${field.key}"]`);
    if (label) label.textContent = field.formLabel;
  }
}

/** Starts the pane once Office reports Excel; says why not otherwise (never a dead button). */
export function startPane(doc: Document): void {
  labelSettings(doc);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    showStartupProblem(doc, STARTUP_PROBLEMS.noOffice);
    return;
  }
  void Office.onReady((info) => {
    if (!info || info.host !== Office.HostType.Excel) {
      showStartupProblem(doc, STARTUP_PROBLEMS.notExcel);
      return;
    }
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
      showStartupProblem(doc, STARTUP_PROBLEMS.oldExcel);
      return;
    }
    initPane(doc);
    enableButtons(doc);
  });
}

startPane(document);
