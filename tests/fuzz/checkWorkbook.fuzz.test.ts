/**
 * Fuzzing checkWorkbook (issue 7) on random small grids: a mix of header words, refs, dates,
 * section and key texts, nulls, numbers, errors and merges. It never throws, is deterministic,
 * every action row is within its sheet, every issue code is in the catalogue, and the report
 * passes reportSchema.parse.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../core/index';
import { reportSchema } from '../../core/contract';
import type { CellValue, Grid, GridSheet, MergedArea } from '../../core/index';
import { ISSUE_CODES } from '../../core/issues/catalogue';

const TEXTS = [
  'Ref', 'No.', 'Action', 'Actions', 'Objective', 'Lead', 'Owner', 'Responsible', 'Date for completion', 'Due', 'Timescale', 'Progress',
  'Update', 'RAG', 'RAG rating', 'Status', '1', '1.1', '1.2', '2.1', '3a', '3a.', 'A1', 'Priority 1: Early help', 'Section 2', 'Key', 'Red',
  'Amber', 'Green', 'Blue', 'Grey', 'Complete', 'Not started', 'Off track', 'March 2019', 'Mar-19', 'Q3 2018/19', 'Ongoing', 'TBC',
  '31/02/2019', 'End of June 2018', 'From April 2018', 'Business Plan 2018-19', 'Strategic Plan 2019/2021', 'Moved to New Strategic Plan',
  'Lisa Morris', 'Board', 'Update March 2019: done', '=SUM(1)', '<b>NEW</b> 1.3 Review', '', ' ', 'Carry over', 'RAG key',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 60000 }), fc.double({ noNaN: false }), fc.integer({ min: 43000, max: 44000 })) },
  { weight: 1, arbitrary: fc.constantFrom('#REF!', '#N/A', '#VALUE!', '#DIV/0!') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const sheet: fc.Arbitrary<GridSheet> = fc
  .record({
    name: fc.constantFrom('Plan', 'Sheet1', 'Action plan 2018-19', 'RAG summary', 'Key'),
    rows: fc.integer({ min: 0, max: 9 }),
    cols: fc.integer({ min: 0, max: 7 }),
    origin: fc.option(fc.record({ row: fc.integer({ min: 1, max: 5 }), column: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
    seed: fc.array(cell, { minLength: 63, maxLength: 63 }),
    formats: fc.array(fc.constantFrom('General', 'dd/mm/yyyy', 'mmm-yy', '@', '0%', 'General'), { minLength: 63, maxLength: 63 }),
    merges: fc.array(fc.record({ row: fc.integer({ min: 1, max: 10 }), column: fc.integer({ min: 1, max: 8 }), rowCount: fc.integer({ min: 1, max: 3 }), columnCount: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
    hidden: fc.boolean(),
    protected: fc.boolean(),
    // half the sheets get a real header row somewhere, so tables are found often
    header: fc.option(fc.record({ at: fc.integer({ min: 0, max: 3 }), words: fc.shuffledSubarray(['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'], { minLength: 2 }) }), { nil: undefined }),
  })
  .map(({ name, rows, cols, origin, seed, formats, merges, hidden, protected: prot, header }) => {
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => seed[r * 7 + c] ?? null));
    if (header && header.at < rows) header.words.slice(0, cols).forEach((w, c) => (values[header.at]![c] = w));
    const numberFormats = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => formats[r * 7 + c] ?? 'General'));
    const s: GridSheet = { name, values, numberFormats, merges: merges as MergedArea[], hidden, protected: prot };
    if (origin) s.origin = origin;
    return s;
  });

const grid: fc.Arbitrary<Grid> = fc
  .record({ sheets: fc.array(sheet, { maxLength: 3 }), fileName: fc.option(fc.constantFrom('plan.xlsx', 'Plan 2018-19.xlsx', 'x.csv'), { nil: undefined }) })
  .map(({ sheets, fileName }) => {
    // sheet names are unique in a workbook
    const seen = new Set<string>();
    const unique = sheets.filter((s) => !seen.has(s.name) && seen.add(s.name));
    return fileName ? { fileName, sheets: unique } : { sheets: unique };
  });

const NOW = new Date('2019-03-01T12:00:00Z');
const CODES = new Set<string>(ISSUE_CODES);

test('checkWorkbook on random small grids: no throw, deterministic, rows in the sheet, known codes, a valid report', () => {
  let withActions = 0;
  fc.assert(
    fc.property(grid, fc.constantFrom({ asOf: '2019-03-01' }, { asOf: '2018-10-01', toleranceDays: 0 }, {}), (g, settings) => {
      const a = checkWorkbook(g, settings, NOW);
      const b = checkWorkbook(JSON.parse(JSON.stringify(g)) as Grid, settings, NOW);
      expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
      const report = reportSchema.parse(a.report);
      for (const action of report.actions) {
        const s = g.sheets.find((x) => x.name === action.sheet);
        expect(s).toBeDefined();
        const top = s!.origin?.row ?? 1;
        expect(action.row).toBeGreaterThanOrEqual(top);
        expect(action.row).toBeLessThan(top + s!.values.length);
      }
      for (const issue of [...report.issues, ...report.actions.flatMap((x) => x.issues)]) expect(CODES.has(issue.code)).toBe(true);
      expect(report.summary.actions).toBe(report.actions.length);
      if (report.actions.length) withActions++;
    }),
    { numRuns: 1500, seed: 20190301 },
  );
  // the grids are plan-like often enough for the checks on actions to bite
  expect(withActions).toBeGreaterThan(75);
});
