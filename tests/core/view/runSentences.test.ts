/** Apply RAG and Undo apply outcomes are worded once, for the task pane and the sidebar alike. */
import { nothingToApply, restoredCells } from '../../../core/view/runSentences';

describe('run sentences', () => {
  test('Apply RAG that changes nothing says "nothing to change", naming why', () => {
    expect(nothingToApply(true)).toBe('Every RAG in the plan already matches the computed one: nothing to change.');
    expect(nothingToApply(false)).toBe('This plan has no RAG column or RAG colours for PlanCheck to fill in: nothing to change.');
  });

  test('Undo apply counts the cells it put back', () => {
    expect(restoredCells(1)).toBe('Restored 1 cell to what it held before Apply RAG. Validate again to refresh the counts.');
    expect(restoredCells(4)).toMatch(/^Restored 4 cells to what they held before Apply RAG\./);
    expect(restoredCells(0)).toBe('There is no Apply RAG to undo.');
  });
});
