/**
 * The command line's options, as one table every command draws from, and the reading of the
 * settings options into the core's SettingsInput (a wrong value is a UsageError naming the flag).
 */
import type { Command } from 'commander';
import type { SettingsInput } from '../core/settings/settings';
import { UsageError } from './cliIo';
import { core } from './lazyCore';
import { loadScheme } from './schemeFile';

/** One option as commander takes it. */
export interface OptionSpec {
  flags: string;
  description: string;
}

/** The settings every checking command takes (PRODUCT §8), in the order --help lists them. */
export const SETTINGS_OPTIONS: readonly OptionSpec[] = [
  { flags: '--sheet <name>', description: 'check only this sheet' },
  { flags: '--as-of <date>', description: 'reporting date, YYYY-MM-DD (default: today)' },
  { flags: '--plan-period <label>', description: 'plan period such as 2018-19 or 2019/2021 (default: found in the plan)' },
  { flags: '--scheme <scheme>', description: 'RAG scheme: five, three or a scheme .json file (default: the RAG key in the plan, else five)' },
  { flags: '--tolerance-days <n>', description: 'days late an action may be and still be at risk rather than off track (default 30)' },
  { flags: '--staleness-days <n>', description: 'age in days after which the latest progress update is stale (default 92)' },
  { flags: '--year-start-month <n>', description: 'first month of the planning year, 1-12 (default 4, April)' },
  { flags: '--completion <how>', description: 'stated: only "Complete" and the like make an action complete; read: an update that reads as done does too (default stated)' },
];

/** What the settings options hold, as commander parsed them. */
export interface SettingsOptions {
  sheet?: string;
  asOf?: string;
  planPeriod?: string;
  scheme?: string;
  toleranceDays?: string;
  stalenessDays?: string;
  yearStartMonth?: string;
  completion?: string;
}

/** Adds the options to a command, in order. */
export function addOptions(command: Command, specs: readonly OptionSpec[]): Command {
  for (const s of specs) command.option(s.flags, s.description);
  return command;
}

const FLAG_OF: Record<string, string> = {
  asOf: '--as-of',
  planPeriod: '--plan-period',
  scheme: '--scheme',
  toleranceDays: '--tolerance-days',
  stalenessDays: '--staleness-days',
  yearStartMonth: '--year-start-month',
  sheet: '--sheet',
  completion: '--completion',
};

const HINT_OF: Record<string, string> = {
  asOf: 'give the reporting date as YYYY-MM-DD, e.g. 2019-03-01',
  planPeriod: 'give a period such as 2018-19 or 2019/2021',
  sheet: 'give the name of the sheet holding the plan',
};

/** The settings options as the core's settings; every mistake on one line naming its flag. */
export function buildSettings(opts: SettingsOptions): SettingsInput {
  const input: SettingsInput = {};
  if (opts.asOf !== undefined) input.asOf = opts.asOf.trim();
  if (opts.planPeriod !== undefined) input.planPeriod = opts.planPeriod.trim();
  if (opts.sheet !== undefined) input.sheet = opts.sheet;
  if (opts.toleranceDays !== undefined) input.toleranceDays = wholeNumber('--tolerance-days', opts.toleranceDays, 0, 3650, 'give a number of days from 0 to 3650, e.g. 30');
  if (opts.stalenessDays !== undefined) input.stalenessDays = wholeNumber('--staleness-days', opts.stalenessDays, 1, 3650, 'give a number of days from 1 to 3650, e.g. 92');
  if (opts.yearStartMonth !== undefined) input.yearStartMonth = wholeNumber('--year-start-month', opts.yearStartMonth, 1, 12, 'give a month from 1 (January) to 12 (December), e.g. 4 for April');
  if (opts.scheme !== undefined) input.scheme = loadScheme(opts.scheme);
  if (opts.completion !== undefined) input.completion = opts.completion.trim().toLowerCase() as SettingsInput['completion'];
  const r = core().settingsSchema.safeParse(input);
  if (!r.success) {
    const seen = new Set<string>();
    const first = r.error.issues.filter((i) => {
      // one message per flag: the first says what to do
      const key = String(i.path[0] ?? '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const lines = first.map((i) => {
      const key = String(i.path[0] ?? '');
      const flag = FLAG_OF[key] ?? key;
      const given = (opts as Record<string, unknown>)[key];
      const value = typeof given === 'string' ? ` "${given}"` : '';
      const hint = HINT_OF[key];
      return /^is\b/.test(i.message)
        ? `${flag}${value} ${i.message}${hint ? `: ${hint}` : ''}`
        : `${flag}${value}: ${i.message}`;
    });
    throw new UsageError(lines.join('; '));
  }
  return input;
}

/**
 * Settings mistakes the core finds (e.g. a plan period it cannot read) are argument errors:
 * tried once on an empty workbook before any file is read.
 */
export function probeSettings(settings: SettingsInput, now: Date): void {
  try {
    core().checkWorkbook({ fileName: '', sheets: [] }, { ...settings, sheet: undefined }, now);
  } catch (e) {
    if (e instanceof core().PlanCheckError) {
      const msg = e.message;
      throw new UsageError(/plan period/i.test(msg) && settings.planPeriod ? `--plan-period: ${msg}` : msg);
    }
    // anything else is the core's own business: each file reports it
  }
}

function wholeNumber(flag: string, raw: string, min: number, max: number, hint: string): number {
  const s = raw.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new UsageError(`${flag} "${raw}" is not a whole number: ${hint}`);
  const n = Number(s);
  if (n < min || n > max) throw new UsageError(`${flag} ${n} is out of range: ${hint}`);
  return n;
}
