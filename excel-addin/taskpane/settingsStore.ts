/**
 * The pane's settings, kept in the workbook itself (Office.context.document.settings), so
 * that whoever opens the plan next checks it the same way. The form holds text; the core's
 * parseSettings decides what is valid.
 */
import { parseSettings, savedSettings, SETTINGS_FIELDS, SETTINGS_KEY, settingsField } from '../../core/index';
import type { SettingsInput } from '../../core/index';

export { SETTINGS_KEY };

export type SchemeChoice = 'workbook' | 'five' | 'three' | 'custom';
/** How an action becomes complete: only by its stated words (§5.1), or also by the reading of its update (§5.1a). */
export type CompletionChoice = 'stated' | 'read';

export interface PaneSettings {
  /** Reporting date YYYY-MM-DD; empty for today. */
  asOf: string;
  /** e.g. "2018-19"; empty to find it in the workbook. */
  planPeriod: string;
  scheme: SchemeChoice;
  /** The custom scheme's JSON text. */
  customScheme: string;
  toleranceDays: string;
  stalenessDays: string;
  completion: CompletionChoice;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  asOf: '',
  planPeriod: '',
  scheme: 'workbook',
  customScheme: '',
  toleranceDays: String(settingsField('toleranceDays').whole?.default ?? ''),
  stalenessDays: String(settingsField('stalenessDays').whole?.default ?? ''),
  completion: 'stated',
};

const LABELS: Record<string, string> = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f.key, f.label]));
/** A key of the pane's form where the core's message names it ("toleranceDays: …"), for its label. */
const SETTING_KEYS = new RegExp(`\\b(${SETTINGS_FIELDS.filter((f) => f.key in DEFAULT_SETTINGS).map((f) => f.key).join('|')})\\b`, 'g');

/** What the pane stored, with defaults for anything missing or malformed. */
export function loadPaneSettings(store: Pick<Office.Settings, 'get'>): PaneSettings {
  let raw: unknown;
  try {
    raw = savedSettings((key) => store.get(key) as unknown);
  } catch {
    raw = null;
  }
  const out: PaneSettings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof PaneSettings)[]) {
    const v = r[k];
    if (typeof v === 'string') (out as unknown as Record<string, string>)[k] = v;
    else if (typeof v === 'number' && Number.isFinite(v) && (k === 'toleranceDays' || k === 'stalenessDays')) {
      out[k] = String(v);
    }
  }
  if (!['workbook', 'five', 'three', 'custom'].includes(out.scheme)) out.scheme = 'workbook';
  if (out.completion !== 'stated' && out.completion !== 'read') out.completion = 'stated';
  return out;
}

/** Stores the settings in the workbook (saved with it). */
export function savePaneSettings(store: Pick<Office.Settings, 'set' | 'saveAsync'>, s: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEY, { ...s });
  return new Promise((resolve, reject) => {
    store.saveAsync((result: Office.AsyncResult<void>) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? 'the settings could not be saved'));
      else resolve();
    });
  });
}

function wholeDays(text: string, key: 'toleranceDays' | 'stalenessDays'): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const field = settingsField(key);
  if (!/^\d+$/.test(t)) return `${field.label} must be a whole number of days, e.g. ${field.whole?.default ?? ''}.`;
  return Number(t);
}

/** The form's settings as the core takes them, or one plain message saying what to fix. */
export function toSettingsInput(s: PaneSettings): { ok: true; input: SettingsInput } | { ok: false; message: string } {
  const input: Record<string, unknown> = {};
  if (s.asOf.trim()) input.asOf = s.asOf.trim();
  if (s.planPeriod.trim()) input.planPeriod = s.planPeriod.trim();
  if (s.scheme === 'five' || s.scheme === 'three') input.scheme = s.scheme;
  if (s.scheme === 'custom') {
    if (!s.customScheme.trim()) return { ok: false, message: 'RAG scheme: paste the custom scheme (JSON) or choose another scheme.' };
    try {
      input.scheme = JSON.parse(s.customScheme) as unknown;
    } catch (e) {
      return {
        ok: false,
        message: `RAG scheme: the custom scheme is not valid JSON (${e instanceof Error ? e.message : String(e)}). It looks like {"name": "board", "labels": [{"label": "Green", "colour": "#00B050", "statuses": ["on-track"]}, …]}.`,
      };
    }
  }
  const tolerance = wholeDays(s.toleranceDays, 'toleranceDays');
  if (typeof tolerance === 'string') return { ok: false, message: tolerance };
  if (tolerance !== undefined) input.toleranceDays = tolerance;
  const staleness = wholeDays(s.stalenessDays, 'stalenessDays');
  if (typeof staleness === 'string') return { ok: false, message: staleness };
  if (staleness !== undefined) input.stalenessDays = staleness;
  if (s.completion === 'read') input.completion = 'read';
  const parsed = parseSettings(input);
  if (!parsed.ok) {
    const message = parsed.message.replace(SETTING_KEYS, (k) => LABELS[k] ?? k);
    return { ok: false, message };
  }
  return { ok: true, input: input as SettingsInput };
}
