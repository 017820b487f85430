/**
 * "Not assessed" has one colour wherever PlanCheck draws it: the task pane and sidebar chips
 * (paneModel) and the RAG summary sheet's chart (buildRagSummarySheet) agree.
 */
import { paneModel } from '../../../core/view/paneModel';
import { buildRagSummarySheet } from '../../../core/edits/ragSummarySheet';
import { sampleResult } from '../../helpers/sampleResult';

describe('the "Not assessed" colour', () => {
  const sample = sampleResult();
  // the sample's summary is left empty: count its one not-assessed action as checkWorkbook would
  const result = { ...sample, report: { ...sample.report, summary: { ...sample.report.summary, byStatus: { 'not-assessed': 1 } } } };
  const chip = paneModel(result).counts.find((c) => c.label === 'Not assessed');
  const series = buildRagSummarySheet(result).charts?.[0]?.series.find((s) => s.name === 'Not assessed');

  test('the pane chip and the sheet chart show it in the same light grey', () => {
    expect(chip).toBeDefined();
    expect(series).toBeDefined();
    expect(chip!.colour).toBe(series!.colour);
    expect(chip!.colour).toBe('#D9D9D9');
  });

  test('its chip text is the readable one on that grey', () => {
    expect(chip!.textColour).toBe('#000000');
  });
});
