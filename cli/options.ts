/**
 * The command line's options, as one table every command draws from, and the reading of the
 * settings options into the core's SettingsInput (a wrong value is a UsageError naming the flag).
 */
import type { Command } from 'commander';
import type { SettingsInput } from '../core/index';
import { flagOf, SETTINGS_FIELDS, settingsField, wholeSetting } from '../core/basics';
import { UsageError } from './cliIo';
import { core } from './lazyCore';
import { loadScheme } from './schemeFile';

/** One option as commander takes it. */
export interface OptionSpec {
  flags: string;
  description: string;
}

/** The settings every checking command takes (PRODUCT §8), in the order --help lists them (core/settings/settingsFields). */
export const SETTINGS_OPTIONS: readonly OptionSpec[] = SETTINGS_FIELDS.map((f) => ({ flags: f.flag, description: f.help }));

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

/** The settings options as the core's settings; every mistake on one line naming its flag. */
export function buildSettings(opts: SettingsOptions): SettingsInput {
  const input: SettingsInput = {};
  if (opts.asOf !== undefined) input.asOf = opts.asOf.trim();
  if (opts.planPeriod !== undefined) input.planPeriod = opts.planPeriod.trim();
  if (opts.sheet !== undefined) input.sheet = opts.sheet;
  if (opts.toleranceDays !== undefined) input.toleranceDays = wholeNumber('toleranceDays', opts.toleranceDays);
  if (opts.stalenessDays !== undefined) input.stalenessDays = wholeNumber('stalenessDays', opts.stalenessDays);
  if (opts.yearStartMonth !== undefined) input.yearStartMonth = wholeNumber('yearStartMonth', opts.yearStartMonth);
  if (opts.scheme !== undefined) input.scheme = loadScheme(opts.scheme);
  if (opts.completion !== undefined) input.completion = opts.completion.trim().toLowerCase() as SettingsInput['completion'];
  const r = core().resolveSettings(input);
  if (!r.ok) {
    const seen = new Set<string>();
    const first = r.problems.filter((p) => {
      // one message per flag: the first says what to do
      if (seen.has(p.key)) return false;
      seen.add(p.key);
      return true;
    });
    const lines = first.map((p) => {
      const field = SETTINGS_FIELDS.find((f) => f.key === p.key);
      const flag = field ? flagOf(field.key) : p.key;
      const given = (opts as Record<string, unknown>)[p.key];
      const value = typeof given === 'string' ? ` "${given}"` : '';
      // whole numbers are checked before the schema sees them: their hints are said there
      const hint = field && !field.whole ? field.hint : undefined;
      if (p.key === 'planPeriod' && /^plan period/.test(p.message)) return `${flag}: ${p.message}`;
      return /^is\b/.test(p.message)
        ? `${flag}${value} ${p.message}${hint ? `: ${hint}` : ''}`
        : `${flag}${value}: ${p.message}`;
    });
    throw new UsageError(lines.join('; '));
  }
  // resolved once for the run: every file's check takes them as they are
  return r.settings;
}

function wholeNumber(key: 'toleranceDays' | 'stalenessDays' | 'yearStartMonth', raw: string): number {
  const flag = flagOf(key);
  const hint = settingsField(key).hint ?? '';
  const { min, max } = wholeSetting(key);
  const s = raw.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new UsageError(`${flag} "${raw}" is not a whole number: ${hint}`);
  const n = Number(s);
  if (n < min || n > max) throw new UsageError(`${flag} ${n} is out of range: ${hint}`);
  return n;
}
