import { z } from 'zod';
import { Settings, settingsSchema } from './settings';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; message: string };

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
