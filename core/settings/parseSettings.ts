import { z } from 'zod';
import { Settings, settingsSchema } from './settings';
import { periodFromLabel } from '../dates/planPeriod';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** One setting's mistake: the setting it is about ('' for the whole) and what is wrong. */
export interface SettingsProblem {
  key: string;
  message: string;
}

export type ResolvedSettingsResult = { ok: true; settings: Settings } | { ok: false; message: string; problems: SettingsProblem[] };

/**
 * Validates settings from any host; one plain-English line per mistake.
 *
 * @example
 * parseSettings({ asOf: '2019-03-01' }).settings.toleranceDays //=> 30
 * parseSettings({ toleranceDays: -1 }).ok //=> false
 */
export function parseSettings(input: unknown): SettingsResult {
  const r = settingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return { ok: false, message: describeZodError(r.error) };
}

export function describeZodError(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((i) => {
      const where = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** Why a plan period setting cannot be used. */
export function unreadablePeriod(label: string): string {
  return `plan period "${label}" is not a period PlanCheck can read: write it like 2018-19, 2019/2021 or 2015-18`;
}

// settings resolved once per run: checkWorkbook takes them as they are
const RESOLVED = new WeakSet<object>();

/**
 * The settings of one run, validated once: the schema's rules and a plan period that reads.
 * Hosts resolve the user's settings when a run starts and hand the result to every check of
 * that run, which takes them without validating them again.
 *
 * @example
 * resolveSettings({ asOf: '2019-03-01' }).settings.toleranceDays //=> 30
 * resolveSettings({ planPeriod: 'banana' }).message //=> 'plan period "banana" is not a period PlanCheck can read: write it like 2018-19, 2019/2021 or 2015-18'
 */
export function resolveSettings(input: unknown): ResolvedSettingsResult {
  if (isResolvedSettings(input)) return { ok: true, settings: input };
  const r = settingsSchema.safeParse(input ?? {});
  if (!r.success) {
    return { ok: false, message: describeZodError(r.error), problems: r.error.issues.map((i) => ({ key: String(i.path[0] ?? ''), message: i.message })) };
  }
  const settings = r.data;
  if (settings.planPeriod !== undefined && !periodFromLabel(settings.planPeriod, settings.yearStartMonth)) {
    const message = unreadablePeriod(settings.planPeriod);
    return { ok: false, message, problems: [{ key: 'planPeriod', message }] };
  }
  RESOLVED.add(Object.freeze(settings));
  return { ok: true, settings };
}

/** True for settings resolveSettings gave (and so already valid). */
export function isResolvedSettings(settings: unknown): settings is Settings {
  return typeof settings === 'object' && settings !== null && RESOLVED.has(settings);
}
