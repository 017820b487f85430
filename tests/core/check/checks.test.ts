/**
 * The checks are one ordered list of families (core/check): each code has one family, and an
 * action's issues come in the order of the list, on real plans as on a made-up one.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { CHECKS } from '../../../core/check/checks';
import { ISSUE_CODES, IssueCode } from '../../../core/issues/catalogue';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { readInput } from '../../../cli/readInput';
import { FIXTURES } from '../../helpers/xlsxHelpers';
import { simplePlan } from '../../helpers/planGrid';

const familyOf = new Map<IssueCode, number>();
CHECKS.forEach((c, i) => c.codes.forEach((code) => familyOf.set(code, i)));

test('every catalogue code has exactly one check family', () => {
  const declared = CHECKS.flatMap((c) => c.codes);
  expect([...declared].sort()).toEqual([...ISSUE_CODES].sort());
  expect(new Set(declared).size).toBe(declared.length);
});

const NAMES = ['oldham', 'kirklees', 'redbridge'].filter((n) => existsSync(path.join(FIXTURES, `${n}.xlsx`)));

test.each(NAMES)("%s: each action's issues follow the order of CHECKS", async (name) => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as { asOf: string };
  const { report } = checkWorkbook(await readInput(path.join(FIXTURES, `${name}.xlsx`)), { asOf: expected.asOf });
  const orders = report.actions.map((a) => a.issues.map((i) => familyOf.get(i.code)!));
  expect(orders.flat().length).toBeGreaterThan(0);
  for (const o of orders) expect(o).toEqual([...o].sort((x, y) => x - y));
});

test('one action failing several families lists them in the order of CHECKS', () => {
  // a ref already used, an error in the lead cell, an unreadable due, a RAG that is no label, an update that reads as done
  const grid = simplePlan([
    ['1.1', 'First', 'Lisa', 'March 2019', '', 'Going well', 'Green'],
    ['1.1', 'Second', '#REF!', 'TBC', '', 'Update Feb 19: signed off', 'Purple'],
  ]);
  const { report } = checkWorkbook(grid, { asOf: '2019-03-01' });
  expect(report.actions[1]!.issues.map((i) => i.code)).toEqual(['cell-error', 'unparsed-due-date', 'invalid-rag', 'looks-complete', 'duplicate-ref']);
});
