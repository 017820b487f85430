/**
 * The user's PlanCheck settings for one spreadsheet, kept in the document's properties (they
 * travel with the spreadsheet and are shared by its editors). Validated by the core.
 */
import type { SettingsInput } from '../../core/index';
import { parseSettings, savedSettings, SETTINGS_KEY } from '../../core/index';

export { SETTINGS_KEY };
export const PROGRESS_KEY = 'planCheck.progress';

export type SaveResult = { ok: true; settings: SettingsInput } | { ok: false; message: string };

/** Drops empty fields a form sends ("" for "not set") so the core's defaults apply. */
export function cleanSettingsInput(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out;
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (v === '' || v === null || v === undefined) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

export class SettingsStore {
  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {}

  /** What the user saved (unvalidated; {} when nothing was saved or it is unreadable). */
  load(): Record<string, unknown> {
    const raw = savedSettings((key) => this.props.getProperty(key));
    if (!raw) return {};
    try {
      return cleanSettingsInput(JSON.parse(raw));
    } catch {
      return {};
    }
  }

  /** Validates and saves; a plain-English message for every mistake. */
  save(input: unknown): SaveResult {
    const cleaned = cleanSettingsInput(input);
    const parsed = parseSettings(cleaned);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    this.props.setProperty(SETTINGS_KEY, JSON.stringify(cleaned));
    return { ok: true, settings: cleaned as SettingsInput };
  }

  setProgress(text: string): void {
    this.props.setProperty(PROGRESS_KEY, text);
  }

  progress(): string {
    return this.props.getProperty(PROGRESS_KEY) ?? '';
  }
}
