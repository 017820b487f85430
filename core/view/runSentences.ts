/**
 * What the task pane and the Sheets sidebar say when Apply RAG or Undo apply has run: one
 * wording for both hosts, so the same outcome reads the same in Excel and in Sheets.
 */

function cells(n: number): string {
  return `${n} cell${n === 1 ? '' : 's'}`;
}

/**
 * Apply RAG changed no cell: the plan has nowhere to write a RAG, or every RAG already matches.
 *
 * @example
 * nothingToApply(true) //=> 'Every RAG in the plan already matches the computed one: nothing to change.'
 */
export function nothingToApply(planHasRagCells: boolean): string {
  return planHasRagCells
    ? 'Every RAG in the plan already matches the computed one: nothing to change.'
    : 'This plan has no RAG column or RAG colours for PlanCheck to fill in: nothing to change.';
}

/**
 * Apply RAG wrote the computed RAG into cells of the plan.
 *
 * @example
 * appliedCells(2) //=> 'Applied the computed RAG to 2 cells. Undo apply puts back what they held. Validate again to refresh the counts.'
 */
export function appliedCells(changed: number): string {
  return `Applied the computed RAG to ${cells(changed)}. Undo apply puts back what ${changed === 1 ? 'it' : 'they'} held. Validate again to refresh the counts.`;
}

/**
 * Undo apply put cells back (none: the record held nothing to restore).
 *
 * @example
 * restoredCells(3) //=> 'Restored 3 cells to what they held before Apply RAG. Validate again to refresh the counts.'
 * restoredCells(0) //=> 'There is no Apply RAG to undo.'
 */
export function restoredCells(changed: number): string {
  if (changed === 0) return 'There is no Apply RAG to undo.';
  return `Restored ${cells(changed)} to what ${changed === 1 ? "it" : "they"} held before Apply RAG. Validate again to refresh the counts.`;
}
