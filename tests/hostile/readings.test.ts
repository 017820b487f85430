/**
 * Issue 15, items 6 (the core's part), 8, 10, 11 and 12: what a plan's cells say is read
 * as they mean it, in every host: a formula saved without its result is "not calculated",
 * never "no lead"; RAG written as emoji is its label or invalid-rag; scheme labels named
 * like object machinery count like any other; messages stay one short line; links to sheets
 * named like cells or booleans are quoted.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../core/index';
import { checkWorkbook } from '../../core/index';
import { reportSchema } from '../../core/contract';
import { simplePlan } from '../helpers/planGrid';
import { openpyxlWorkbook, withOpenpyxl } from '../helpers/otherWriters';
import { internalLinks, sheetXml } from '../helpers/xlsxHelpers';
import {
  AS_OF, GOOD, addPlan, buildWorkbook, everywhere, expectNoStack, expectSameReports, issueCodes, removeDir, runCli, tempDir,
} from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-readings-');
});
afterAll(() => removeDir(dir));

const PLAN_ROWS = `
ws.append(['Business Plan 2018-19']); ws.append([])
ws.append(['Ref','Action','Lead','Date for completion','Progress','RAG'])
ws.append(['1.1','Establish a task and finish group','Lisa Morris','April 2018','Complete','Grey'])
`;

describe('formulas saved without their result (openpyxl never calculates)', () => {
  withOpenpyxl('a lead that is a formula with no cached value: not-calculated at that cell, never missing-owner', async () => {
    const file = openpyxlWorkbook(path.join(dir, 'nocalc-lead.xlsx'), `
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Plan'
${PLAN_ROWS}
ws.append(['1.2','Review the threshold document','=Leads!A1','March 2019','Draft reviewed in January','Green'])
wb.create_sheet('Leads')['A1'] = 'Sam Jones'
wb.save(OUT)`);
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--json']);
    expectNoStack(r.stdout, r.stderr);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const a = report.actions.find((x) => x.ref === '1.2')!;
    expect(a.issues.map((i) => [i.code, i.cell])).toEqual([['not-calculated', 'C5']]);
    expect(a.issues[0]!.message).toMatch(/not calculated: open and save in Excel/);
    expect(issueCodes(report)).not.toContain('missing-owner');
  });

  withOpenpyxl('due date and RAG as uncalculated formulas: not-calculated each, no missing-due-date, no invalid-rag', async () => {
    const file = openpyxlWorkbook(path.join(dir, 'nocalc-due.xlsx'), `
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Plan'
${PLAN_ROWS}
ws.append(['1.2','Review the threshold document','Sam Jones','=DATE(2019,3,31)','Draft reviewed in January','=IF(TRUE,"Green","Red")'])
wb.save(OUT)`);
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--json']);
    const report = JSON.parse(r.stdout) as Report;
    const a = report.actions.find((x) => x.ref === '1.2')!;
    expect(a.issues.map((i) => [i.code, i.cell]).sort()).toEqual([['not-calculated', 'D5'], ['not-calculated', 'F5']]);
  });

  test('in the core: a grid cell marked NOT_CALCULATED is that issue, in a progress cell too', () => {
    const { report } = checkWorkbook(simplePlan([['1.1', 'Do it', 'Lisa Morris', 'March 2019', 'A group', '#NOT-CALCULATED', 'Green']]), { asOf: AS_OF });
    expect(report.actions[0]!.issues.map((i) => i.code)).toContain('not-calculated');
    expect(report.actions[0]!.issues.map((i) => i.code)).not.toContain('missing-progress');
  });
});

describe('RAG written as emoji or symbols', () => {
  const RAGS: [string, string | null, string][] = [
    ['\u{1F7E2}', 'Green', 'green circle'],
    ['\u{1F7E0}', 'Amber', 'orange circle'],
    ['\u{1F7E1}', 'Amber', 'yellow circle'],
    ['\u{1F534}', 'Red', 'red circle'],
    ['\u{1F535}', 'Blue', 'blue circle'],
    ['\u2705', 'Grey', 'tick: complete'],
    ['\u{1F7E2} On track', 'Green', 'circle and words'],
  ];
  test.each(RAGS)('%s (%s) in the RAG column is read as that label in every host', async (rag, label, name) => {
    const file = await buildWorkbook(dir, `rag-${name.replace(/\W+/g, '-')}.xlsx`, (wb) => void addPlan(wb, [['1.1', 'Establish a task and finish group', 'Lisa Morris', 'March 2019', 'Meeting held', rag]]));
    const e = await everywhere(file);
    const report = expectSameReports(e);
    expect(report.actions[0]!.rag.given).toBe(label);
    expect(issueCodes(report)).not.toContain('invalid-rag');
  });

  test.each([
    ['\u26AA', 'white circle: no white label in the five scheme'],
    ['\u2B50', 'a star'],
    ['\u26A0\uFE0F', 'a warning sign'],
  ])('%s (%s) is invalid-rag, never ignored', async (rag, name) => {
    const file = await buildWorkbook(dir, `rag-bad-${name.replace(/\W+/g, '-').slice(0, 20)}.xlsx`, (wb) => void addPlan(wb, [['1.1', 'Establish a task and finish group', 'Lisa Morris', 'March 2019', 'Meeting held', rag]]));
    const e = await everywhere(file);
    const report = expectSameReports(e);
    expect(report.actions[0]!.issues.map((i) => [i.code, i.cell])).toContainEqual(['invalid-rag', 'F4']);
  });
});

describe('scheme labels named like object machinery', () => {
  test('__proto__, constructor and toString count like any other label', async () => {
    const scheme = path.join(dir, 'odd-scheme.json');
    fs.writeFileSync(scheme, JSON.stringify({
      name: 'odd',
      labels: [
        { label: '__proto__', colour: '#00B050', statuses: ['on-track', 'complete'] },
        { label: 'constructor', colour: '#FFC000', statuses: ['at-risk', 'carried-over'] },
        { label: 'toString', colour: '#FF0000', statuses: ['off-track'] },
      ],
    }));
    const file = await buildWorkbook(dir, 'odd-labels.xlsx', (wb) => void addPlan(wb, [
      ['1.1', 'Establish a task and finish group', 'Lisa Morris', 'April 2018', 'Complete', '__proto__'],
      ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft reviewed', '__proto__'],
      ['1.3', 'Audit the referrals', 'Kim Lee', 'June 2018', 'Not started', 'toString'],
    ]));
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--scheme', scheme, '--json']);
    expectNoStack(r.stdout, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.entries(report.summary.byRag)).toEqual([['__proto__', 2], ['constructor', 0], ['toString', 1]]);
    expect(report.actions.map((a) => a.rag.given)).toEqual(['__proto__', '__proto__', 'toString']);
    expect(reportSchema.parse(report).summary.byRag).toEqual(report.summary.byRag);
    expect(r.stdout).toContain('"__proto__": 2');
  });

  test('an entity named like object machinery ("&constructor;") is left as written', async () => {
    const file = await buildWorkbook(dir, 'entity.xlsx', (wb) => void addPlan(wb, [['1.1', 'Set up the &constructor; and &toString; groups', 'Lisa Morris', 'March 2019 &valueOf;', 'Meeting held', 'Green']]));
    const e = await everywhere(file);
    const report = expectSameReports(e);
    expect(report.actions[0]!.action).toBe('Set up the &constructor; and &toString; groups');
    expect(report.actions[0]!.action).not.toMatch(/function|native code/);
  });
});

describe('messages are one line of at most 400 characters', () => {
  test('a scheme with 10 000 labels (a status may have only one): one line naming the first and counting the rest', async () => {
    const scheme = path.join(dir, 'huge-scheme.json');
    const labels = Array.from({ length: 10000 }, (_, i) => ({ label: `Label ${i + 1}`, colour: '#00B050', statuses: i === 0 ? ['on-track', 'complete', 'at-risk', 'off-track', 'carried-over'] : [] }));
    fs.writeFileSync(scheme, JSON.stringify({ name: 'huge', labels }));
    const file = await buildWorkbook(dir, 'huge-scheme.xlsx', (wb) => void addPlan(wb, GOOD));
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--scheme', scheme]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(400);
    expect(lines[0]).toMatch(/label 2 \("Label 2"\) "statuses" must name at least one status; .* and 99\d\d more$/);
  });

  test('the invalid-rag message lists the labels within its 400 characters', () => {
    const { report } = checkWorkbook(simplePlan([['1.1', 'Do it', 'Lisa Morris', 'March 2019', 'A group', 'Meeting held', 'Purplish']]), { asOf: AS_OF });
    const invalid = report.actions[0]!.issues.find((i) => i.code === 'invalid-rag')!;
    expect(invalid.message).toMatch(/Use one of: Green, Amber, Red, Grey, Blue\.$/);
  });

  test('a scheme file with 10 000 mistakes: one line of at most 400 characters, the first mistakes and a count', async () => {
    const scheme = path.join(dir, 'bad-scheme.json');
    fs.writeFileSync(scheme, JSON.stringify({ name: 'bad', labels: Array.from({ length: 10000 }, (_, i) => ({ label: `L${i}`, colour: 'greenish', statuses: ['on-track'] })) }));
    const r = await runCli(['validate', path.join(dir, 'huge-scheme.xlsx'), '--scheme', scheme]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(400);
    expect(lines[0]).toMatch(/label 1 \("L0"\) "colour".* and \d+ more/);
  });

  test('a due text of one 5 000-character word and a 100-character sheet name: every message within 400 characters, on one line', () => {
    const word = 'x'.repeat(5000);
    const grid = simplePlan([['1.1', 'Do it', 'Lisa Morris', `${word}\n${word}`, 'Meeting held', `Purple\n${word}`]]);
    grid.sheets[0]!.name = 'S'.repeat(100);
    const { report } = checkWorkbook(grid, { asOf: AS_OF });
    const messages = [...report.issues, ...report.actions.flatMap((a) => a.issues)].map((i) => i.message);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(400);
      expect(m).not.toMatch(/\n/);
    }
  });

  test('a 3 000-character path that cannot be read: one line of at most 400 characters naming the start of the path and what to do', async () => {
    const long = path.join(dir, ...Array.from({ length: 30 }, (_, i) => `folder-with-a-long-name-${i}-${'y'.repeat(70)}`), 'plan.xlsx');
    const r = await runCli(['validate', long]);
    expect(r.code).toBe(2);
    const line = r.stderr.trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line.length).toBeLessThanOrEqual(400);
    expect(line).toContain(dir.slice(0, 20));
    expect(line).toMatch(/check the path$/);
  });
});

describe('links to sheets named like cells or booleans', () => {
  test.each(['Q1', 'FY19', 'TRUE', 'R1C1'])('a plan on sheet "%s": the Plan issues links quote the name and jump there', async (name) => {
    const file = await buildWorkbook(dir, `sheet-${name}.xlsx`, (wb) => void addPlan(wb, [...GOOD, ['1.3', 'Audit the referrals', null, 'March 2019', 'Started', 'Green']], name));
    const out = path.join(dir, `sheet-${name}.checked.xlsx`);
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
    expect(r.code).toBe(1);
    const xml = (await sheetXml(out)).get('Plan issues')!;
    const locations = [...xml.matchAll(/location="([^"]+)"/g)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(l).toMatch(new RegExp(`^(&apos;|')${name}(&apos;|')!`));
    expect([...internalLinks(xml).values()]).toContainEqual({ sheet: name, cell: 'C6' });
  });
});
