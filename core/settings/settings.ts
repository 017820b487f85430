import { z } from 'zod';
import { ragSchemeSchema } from '../rag/schemeSchema';
import { COMPLETIONS } from '../status/statusTypes';
import { isIsoDate } from '../dates/isoDate';
import { wholeSetting } from './settingsFields';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD, e.g. 2019-03-01')
  .refine(isIsoDate, 'is not a real calendar date');

/** A whole-number setting with its range and default from SETTINGS_FIELDS. */
function wholeNumber(key: 'toleranceDays' | 'stalenessDays' | 'yearStartMonth') {
  const w = wholeSetting(key);
  return z.number().int().min(w.min).max(w.max).default(w.default);
}

/** What the user (or the command line) may set; everything else is found in the workbook. */
export const settingsSchema = z.object({
  /** Reporting date ("as of"); default today. */
  asOf: isoDate.optional(),
  /** Plan period label such as "2018-19" or "2019/2021"; default: found in the workbook. */
  planPeriod: z.string().min(1).optional(),
  /** "five", "three" or a custom scheme; default: the workbook's RAG key, else five. */
  scheme: z.union([z.enum(['five', 'three']), ragSchemeSchema]).optional(),
  toleranceDays: wholeNumber('toleranceDays'),
  stalenessDays: wholeNumber('stalenessDays'),
  /** First month of the planning year, 1–12 (April in UK public bodies). */
  yearStartMonth: wholeNumber('yearStartMonth'),
  /** "stated": only the words of §5.1 make an action complete; "read": an update read as done does too (§5.1a). */
  completion: z.enum(COMPLETIONS, { message: 'use "stated" or "read"' }).default('stated'),
  /** Only this sheet (by name); default every sheet holding a plan table. */
  sheet: z.string().min(1).optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

export function todayIso(now: Date = new Date()): string {
  // the user's calendar day, not UTC's
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
