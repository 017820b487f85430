/**
 * The shared fixture workbooks (shared/fixtures beside the repository), read with the command
 * line's own reader so the add-on is compared with exactly what the command line sees.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../../../core/index';
import { readXlsxBuffer } from '../../../cli/readXlsx';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export const FIXTURES_DIR = process.env.PLANCHECK_FIXTURES ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');

export interface FixtureExpectation {
  file: string;
  sheet: string;
  asOf: string;
  planPeriod: { label: string; start: string; end: string };
  scheme: string;
  toleranceDays: number;
}

/** The fixture workbooks present (names without .xlsx), sorted. */
export function fixtureNames(): string[] {
  if (!fs.existsSync(FIXTURES_DIR)) return [];
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => f.replace(/\.xlsx$/, ''))
    .sort();
}

export async function referenceGrid(name: string): Promise<Grid> {
  const file = path.join(FIXTURES_DIR, `${name}.xlsx`);
  return readXlsxBuffer(fs.readFileSync(file), `${name}.xlsx`);
}

export function expectation(name: string): FixtureExpectation | null {
  const file = path.join(FIXTURES_DIR, `${name}.expected.json`);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FixtureExpectation;
}
