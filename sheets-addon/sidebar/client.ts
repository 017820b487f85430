/**
 * The sidebar's script (bundled by webpack and inlined into Sidebar.html). Talks to the server
 * only through google.script.run; shows every text with textContent.
 */
import type { RunResult, SidebarPane } from '../host/session';
import { pollProgress } from './poll';
import { renderPane } from './render';
import { SETTINGS_FIELDS } from '../../core/basics';

interface Runner {
  withSuccessHandler(fn: (value: never) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [server: string]: unknown;
}

declare const google: { script: { run: Runner } };

type ServerFn = 'validatePlan' | 'applyRag' | 'undoApply' | 'getSettings' | 'saveSettings' | 'getProgress' | 'selectCell';

function call<T>(fn: ServerFn, args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v: never) => resolve(v as T))
      .withFailureHandler((e: Error) => reject(e));
    const f = runner[fn] as (...a: unknown[]) => void;
    f.apply(runner, args);
  });
}

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`sidebar: #${id} missing`);
  return e;
}

function input(id: string): HTMLInputElement {
  return $(id) as HTMLInputElement;
}

const MESSAGE_OF = (e: unknown) => (e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? e));

let busy = false;

function setProgress(text: string, kind: 'busy' | 'done' | 'error' | '' = ''): void {
  const p = $('progress');
  p.textContent = text;
  p.className = kind;
}

function setBusy(on: boolean): void {
  busy = on;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-run]'))) b.disabled = on;
}

function showPane(pane: SidebarPane | null): void {
  const out = $('result');
  if (!pane) return;
  while (out.firstChild) out.removeChild(out.firstChild);
  out.appendChild(
    renderPane(document, pane, (sheet, cell) => {
      call<{ ok: boolean; message?: string }>('selectCell', [sheet, cell])
        .then((r) => {
          if (!r.ok) setProgress(r.message ?? 'That cell cannot be selected.', 'error');
        })
        .catch((e) => setProgress(MESSAGE_OF(e), 'error'));
    }),
  );
}

const STARTING: Record<'validatePlan' | 'applyRag' | 'undoApply', string> = {
  validatePlan: 'Reading and checking the plan…',
  applyRag: 'Writing the computed RAG into the plan…',
  undoApply: 'Putting back the values from before Apply RAG…',
};

function run(fn: 'validatePlan' | 'applyRag' | 'undoApply'): void {
  if (busy) return;
  setBusy(true);
  hideConfirm();
  setProgress(STARTING[fn], 'busy');
  const stopPolling = pollProgress(
    () => call<string>('getProgress', []),
    (p) => {
      if (busy) setProgress(p, 'busy');
    },
    { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
  );
  call<RunResult>(fn, [])
    .then((r) => {
      if (r.ok) {
        showPane(r.pane);
        setProgress(r.message, 'done');
      } else setProgress(r.message, 'error');
    })
    .catch((e) => setProgress(MESSAGE_OF(e), 'error'))
    .finally(() => {
      stopPolling();
      setBusy(false);
    });
}

function showConfirm(): void {
  $('confirm').hidden = false;
}

function hideConfirm(): void {
  $('confirm').hidden = true;
}

// ---- settings ----

// the form's fields are the core's settings (the RAG scheme has a form of its own, below)
const SETTING_FIELDS = SETTINGS_FIELDS.filter((f) => f.key !== 'scheme').map((f) => f.key);
const NUMERIC = new Set(SETTINGS_FIELDS.filter((f) => f.whole).map((f) => f.key));

function fillSettings(s: Record<string, unknown>): void {
  for (const k of SETTING_FIELDS) {
    const v = s[k];
    input(`set-${k}`).value = v === undefined || v === null ? '' : String(v);
  }
  const scheme = s.scheme;
  const select = $('set-scheme') as HTMLSelectElement;
  const custom = $('set-customScheme') as HTMLTextAreaElement;
  if (scheme && typeof scheme === 'object') {
    select.value = 'custom';
    custom.value = JSON.stringify(scheme, null, 2);
  } else {
    select.value = typeof scheme === 'string' ? scheme : '';
    custom.value = '';
  }
  custom.hidden = select.value !== 'custom';
}

function readSettings(): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  const out: Record<string, unknown> = {};
  for (const k of SETTING_FIELDS) {
    const v = input(`set-${k}`).value.trim();
    if (v === '') continue;
    if (NUMERIC.has(k)) {
      const n = Number(v);
      if (!Number.isFinite(n)) return { ok: false, message: `${k}: write a whole number.` };
      out[k] = n;
    } else out[k] = v;
  }
  const scheme = ($('set-scheme') as HTMLSelectElement).value;
  if (scheme === 'custom') {
    const text = ($('set-customScheme') as HTMLTextAreaElement).value;
    try {
      out.scheme = JSON.parse(text);
    } catch {
      return { ok: false, message: 'The custom RAG scheme is not valid JSON: paste the scheme file\'s text as it is.' };
    }
  } else if (scheme) out.scheme = scheme;
  return { ok: true, value: out };
}

function saveSettings(): void {
  const msg = $('settings-message');
  const read = readSettings();
  if (!read.ok) {
    msg.textContent = read.message;
    msg.className = 'error';
    return;
  }
  msg.textContent = 'Saving…';
  msg.className = '';
  call<{ ok: boolean; message?: string }>('saveSettings', [read.value])
    .then((r) => {
      msg.textContent = r.ok ? 'Saved. They apply from the next Validate plan.' : r.message ?? 'Not saved.';
      msg.className = r.ok ? 'done' : 'error';
    })
    .catch((e) => {
      msg.textContent = MESSAGE_OF(e);
      msg.className = 'error';
    });
}

function toggleSettings(open?: boolean): void {
  const s = $('settings');
  s.hidden = open === undefined ? !s.hidden : !open;
}

/** The settings form's labels and number hints, from the core's one table of settings (the task pane uses it too). */
function labelSettings(): void {
  for (const field of SETTINGS_FIELDS) {
    const label = document.querySelector(`label[for="set-${field.key}"]`);
    if (label) label.textContent = field.formLabel;
    const box = document.getElementById(`set-${field.key}`);
    if (field.whole && box instanceof HTMLInputElement) box.placeholder = `default ${field.whole.default}`;
  }
}

function start(): void {
  labelSettings();
  let initial: { action?: string; settings?: Record<string, unknown> };
  try {
    initial = JSON.parse($('plancheck').getAttribute('data-initial') || '{}');
  } catch {
    initial = {};
  }
  fillSettings(initial.settings ?? {});
  $('btn-validate').addEventListener('click', () => run('validatePlan'));
  $('btn-apply').addEventListener('click', showConfirm);
  $('btn-apply-yes').addEventListener('click', () => run('applyRag'));
  $('btn-apply-no').addEventListener('click', hideConfirm);
  $('btn-undo').addEventListener('click', () => run('undoApply'));
  $('btn-settings').addEventListener('click', () => toggleSettings());
  $('btn-save').addEventListener('click', saveSettings);
  $('set-scheme').addEventListener('change', () => {
    ($('set-customScheme') as HTMLTextAreaElement).hidden = ($('set-scheme') as HTMLSelectElement).value !== 'custom';
  });
  switch (initial.action) {
    case 'validate':
      run('validatePlan');
      break;
    case 'apply':
      showConfirm();
      break;
    case 'undo':
      run('undoApply');
      break;
    case 'settings':
      toggleSettings(true);
      break;
    default:
      break;
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
