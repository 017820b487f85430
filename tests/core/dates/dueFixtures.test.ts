/**
 * Every due text in the shared fixtures' expected readings (real plans) reads as expected.
 * Skipped when the shared fixtures are not beside the project.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDueText } from '../../../core/dates/dueText';

const FIXTURES = path.join(__dirname, '../../../../shared/fixtures');

interface ExpectedDue {
  text: string;
  kind: string;
  start: string | null;
  end: string | null;
}
interface Expected {
  actions: { row: number; due: ExpectedDue }[];
  issues: { code: string; row: number }[];
}

function load(): [string, Expected][] {
  if (!fs.existsSync(FIXTURES)) return [];
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => [f.replace('.expected.json', ''), JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as Expected]);
}

const fixtures = load();
const dues = fixtures.flatMap(([name, e]) => e.actions.map((a) => [name, a.row, a.due] as const));
const distinct = [...new Map(dues.map((d) => [d[2].text, d])).values()];
const withIssue = (code: string) =>
  fixtures.flatMap(([name, e]) => {
    const byRow = new Map(e.actions.map((a) => [a.row, a.due]));
    return e.issues.filter((i) => i.code === code && byRow.has(i.row)).map((i) => [name, i.row, byRow.get(i.row) as ExpectedDue] as const);
  });

const describeIfFixtures = fixtures.length > 0 ? describe : describe.skip;

describeIfFixtures('due texts of the shared fixtures (real plans)', () => {
  test('the fixtures hold due texts', () => expect(distinct.length).toBeGreaterThan(20));

  test.each(distinct)('%s row %i: %j', (...[, , due]) => {
    const r = readDueText(due.text);
    expect({ text: due.text, kind: r.kind, start: r.start, end: r.end }).toEqual(due);
  });

  test.each(withIssue('multiple-due-dates'))('%s row %i (multiple-due-dates): %j has several dates', (...[, , due]) =>
    expect(readDueText(due.text).multiple).toBe(true),
  );

  test.each(withIssue('missing-due-date'))('%s row %i (missing-due-date): %j is empty, not unreadable', (...[, , due]) =>
    expect(readDueText(due.text)).toMatchObject({ kind: 'none', unreadable: false, found: 0 }),
  );

  test.each(withIssue('no-fixed-due-date'))('%s row %i (no-fixed-due-date): %j is ongoing', (...[, , due]) =>
    expect(readDueText(due.text).kind).toBe('ongoing'),
  );

  test('no other fixture due text is read as several dates', () => {
    const flagged = new Set(withIssue('multiple-due-dates').map((d) => d[2].text));
    const extra = distinct.filter(([, , d]) => !flagged.has(d.text) && readDueText(d.text).multiple).map(([, , d]) => d.text);
    expect(extra).toEqual([]);
  });
});
