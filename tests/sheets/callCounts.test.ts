/**
 * The service calls of a run do not grow with the plan: Validate plan, Apply RAG and Undo
 * apply on generated plans of 100 and 5 000 rows make the same calls to the spreadsheet. Only
 * calls on objects already in memory (RichTextValue builders for links, a merged range's A1
 * address) grow, with the links written and the merged areas read.
 */
import { formatCallCounts, isInMemoryCall, sheetsCallCounts, type CallCountReport } from './bench/sheetsCallCounts';

describe('service calls per run', () => {
  let small: CallCountReport;
  let large: CallCountReport;

  beforeAll(async () => {
    small = await sheetsCallCounts(100);
    large = await sheetsCallCounts(5000);
    console.log(`${formatCallCounts(small)}\n${formatCallCounts(large)}`);
  }, 120000);

  it('runs every phase', () => {
    for (const r of [small, large]) expect(r.phases.map((p) => [p.phase, p.ok])).toEqual([['validate', true], ['apply', true], ['undo', true]]);
    expect(large.rows).toBeGreaterThanOrEqual(5000);
    expect(large.actions).toBeGreaterThan(small.actions * 20);
  });

  it('makes the same spreadsheet calls for 100 and for 5 000 rows', () => {
    small.phases.forEach((p, i) => {
      const q = large.phases[i]!;
      expect([p.phase, q.spreadsheet]).toEqual([p.phase, p.spreadsheet]);
      expect(p.spreadsheetTotal).toBeLessThan(150);
    });
  });

  it('reads each sheet in one batch per kind and writes each new sheet in one batch per format', () => {
    const validate = large.phases[0]!.spreadsheet;
    for (const m of ['getValues', 'getDisplayValues', 'getNumberFormats', 'getBackgrounds', 'getMergedRanges']) expect(validate[`Range.${m}`]).toBeGreaterThanOrEqual(1);
    expect(validate['Range.getDisplayValues']).toBe(1); // one plan sheet
    expect(validate['Range.setValues']).toBe(4); // three sheets and the record of the check written
    expect(validate['Range.setNumberFormats']).toBe(4);
    expect(validate['Range.setValue'] ?? 0).toBe(0);
    expect(validate['Range.getValue'] ?? 0).toBe(0);
  });

  it('grows only in-memory calls', () => {
    for (const p of large.phases) for (const name of Object.keys(p.inMemory)) expect(isInMemoryCall(name)).toBe(true);
    expect(large.phases[0]!.inMemoryTotal).toBeGreaterThan(small.phases[0]!.inMemoryTotal);
  });
});
