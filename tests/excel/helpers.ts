import * as fs from 'fs';
import * as path from 'path';

/** The shared fixtures: /work/shared/fixtures locally, ../shared/fixtures beside a clone in CI. */
export const FIXTURE_DIR = [path.resolve(__dirname, '../../../shared/fixtures'), '/work/shared/fixtures'].find((d) => fs.existsSync(d)) ?? '/work/shared/fixtures';

export const FIXTURES = fs.existsSync(FIXTURE_DIR)
  ? fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.xlsx')).map((f) => f.replace(/\.xlsx$/, '')).sort()
  : [];

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, `${name}.xlsx`);
}

export interface Expected {
  asOf: string;
  planPeriod: { label: string };
  scheme: string;
  toleranceDays: number;
}

export function expectedOf(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Expected;
}
