/**
 * Typed issue arguments (issue 12): each code's message template names its fields; making an
 * issue without one is a type error (the @ts-expect-error lines below are checked by
 * `tsc -p tsconfig.json`: a line that compiled would fail it), and every issue carries the
 * fields its message was made from in `args`.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { CATALOGUE, ISSUE_CODES, templateFields } from '../../../core/issues/catalogue';
import type { IssueCode } from '../../../core/issues/catalogue';
import { makeIssue, MAX_MESSAGE } from '../../../core/issues/issueBuilder';
import type { Issue } from '../../../core/issues/issueSchema';
import { defineCheck } from '../../../core/check/check';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { reportSchema } from '../../../core/report/reportSchema';
import { NOT_CALCULATED, type CellValue } from '../../../core/grid/grid';
import { lineWithin } from '../../../core/text/cleanText';
import { readInput } from '../../../cli/readInput';
import { FIXTURES } from '../../helpers/xlsxHelpers';
import { planGrid, simplePlan } from '../../helpers/planGrid';

const AT = { sheet: 'Plan', cell: 'D4', ref: '1.1' };

describe('a missing field is a type error, never "undefined" in a message', () => {
  test('the compiler refuses an issue without its fields (and the builder throws where the types are bypassed)', () => {
    // @ts-expect-error duplicate-ref names {ref} and {first}
    expect(() => makeIssue('duplicate-ref', AT, { ref: '1.1' })).toThrow('duplicate-ref');
    // @ts-expect-error unparsed-due-date names {text}: its arguments cannot be left out
    expect(() => makeIssue('unparsed-due-date', AT)).toThrow('unparsed-due-date');
    // @ts-expect-error a field may not be undefined
    expect(() => makeIssue('cell-error', AT, { column: 'lead', error: undefined })).toThrow('cell-error');
    // @ts-expect-error due-outside-plan-period needs the period's end or its start beside the due
    expect(() => makeIssue('due-outside-plan-period', AT, { due: 'June 2019' })).toThrow('due-outside-plan-period');
    // @ts-expect-error a field no template of the code names
    makeIssue('stale-progress', AT, { updated: '2018-06-01', days: 92, owner: 'Lisa', lead: 'Lisa' });
  });

  test('a check family can raise only the codes it declares', () => {
    const family = defineCheck({
      codes: ['missing-owner'],
      // @ts-expect-error duplicate-ref is the refs family's code
      action: (_a, _scope, raise) => [raise('duplicate-ref', 'A4', { ref: '1.1', first: 'A3' })],
    });
    expect(family.codes).toEqual(['missing-owner']);
  });

  test('the variants: the first template whose fields are all given', () => {
    expect(makeIssue('missing-owner', AT).message).toBe('No lead is named for this action. Add the person or group responsible.');
    expect(makeIssue('missing-owner', AT, { placeholder: 'TBC' }).message).toBe('No lead is named for this action yet ("TBC"). Add the person or group responsible.');
    expect(makeIssue('due-outside-plan-period', AT, { due: 'March 2018', periodStart: '2018-04-01' }).message).toMatch(/^Due March 2018, before the plan period starts \(2018-04-01\)/);
    expect(makeIssue('due-outside-plan-period', AT, { due: 'June 2019', periodEnd: '2019-03-31' }).args).toEqual({ due: 'June 2019', periodEnd: '2019-03-31' });
  });

  test('a value that looks like a field is quoted as it is, not filled in again', () => {
    expect(makeIssue('unparsed-due-date', AT, { text: '{text} $& TBC' }).message).toMatch(/^The due date "\{text\} \$& TBC" has no date/);
  });
});

/** The template an issue's message was made from: the first whose fields its args all hold. */
function templateOf(issue: Issue): string | undefined {
  const templates: readonly string[] = CATALOGUE[issue.code].message;
  return templates.find((t) => templateFields(t).every((f) => Object.prototype.hasOwnProperty.call(issue.args, f)));
}
const filled = (template: string, args: Issue['args']) => lineWithin(template.replace(/\{(\w+)\}/g, (_, f: string) => String(args[f])), MAX_MESSAGE);

const NAMES = ['oldham', 'kirklees', 'redbridge'].filter((n) => existsSync(path.join(FIXTURES, `${n}.xlsx`)));
const GOOD: CellValue[] = ['1.1', 'Establish a group', 'Lisa Morris', 'March 2019', 'A group exists', 'Meeting held in February', 'Green'];
const row = (over: Record<number, CellValue>): CellValue[] => GOOD.map((v, i) => (i in over ? over[i]! : v));
// what the shared fixtures do not raise: a plan each
const MADE_UP = [
  planGrid([['Business Plan 2018-19'], ['Some notes about the year']]),
  simplePlan([row({ 0: null, 1: null })]),
  simplePlan([row({ 2: 'TBC', 3: 'TBC', 6: 'Purplish' })]),
  simplePlan([row({ 2: '#REF!', 3: NOT_CALCULATED })]),
  simplePlan([row({ 5: 'Update June 2018: started. Update Sept 2018: going well' })]),
  simplePlan([row({ 5: 'Update Feb 19: Workshop ran in February for 40 staff' })]),
];

describe('every issue carries the fields of its message', () => {
  const issues: Issue[] = [];
  beforeAll(async () => {
    for (const name of NAMES) {
      const { asOf } = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as { asOf: string };
      issues.push(...checkWorkbook(await readInput(path.join(FIXTURES, `${name}.xlsx`)), { asOf }).report.issues);
    }
    for (const grid of MADE_UP) issues.push(...checkWorkbook(grid, { asOf: '2019-03-01' }).report.issues);
  });

  test('on the shared fixtures (and a plan each for the codes they do not raise): each message is its template filled from args', () => {
    expect(NAMES.length).toBe(3);
    for (const issue of issues) {
      const template = templateOf(issue);
      expect([issue.code, template !== undefined]).toEqual([issue.code, true]);
      expect(issue.message).toBe(filled(template!, issue.args));
      expect(issue.message).not.toMatch(/undefined|\{\w+\}/);
    }
  });

  test('every template of every catalogue code is reached, with all its fields supplied', () => {
    const reached = new Set(issues.map((i) => `${i.code} ${templateOf(i)}`));
    const all = ISSUE_CODES.flatMap((code: IssueCode) => CATALOGUE[code].message.map((t) => `${code} ${t}`));
    expect(all.filter((t) => !reached.has(t))).toEqual([]);
  });

  test('args is in the JSON contract: the report schema keeps it', () => {
    const { report } = checkWorkbook(simplePlan([row({ 3: 'TBC' })]), { asOf: '2019-03-01' });
    const parsed = reportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(parsed.issues.find((i) => i.code === 'unparsed-due-date')!.args).toEqual({ text: 'TBC' });
    expect(parsed.actions[0]!.issues[0]!.args).toEqual({ text: 'TBC' });
  });
});
