import type { RawAction } from '../plan/readPlanSheet';
import type { AssessedAction } from './assessAction';
import { a1 } from '../grid/address';
import { defineCheck } from './check';

/** A ref an earlier action of the same table already has (sub-actions inherit their parent's, so are excepted). */
export const refChecks = defineCheck({
  codes: ['duplicate-ref'],
  action: ({ raw }, { earlier }, raise) => {
    if (!raw.ref || raw.isSubAction) return [];
    const first = firstRefCells(earlier).get(raw.ref);
    return first ? [raise('duplicate-ref', refCell(raw), { ref: raw.ref, first })] : [];
  },
});

/** Where the ref is written: its own column, else the action's first cell. */
function refCell(raw: RawAction): string {
  return raw.table.ref !== null ? a1(raw.row, raw.table.ref) : raw.actionCell;
}

// each table's refs are indexed once as its actions are read, not searched again for every action
const indexed = new WeakMap<readonly AssessedAction[], { cells: Map<string, string>; read: number }>();

/** Each ref of the earlier actions, with the cell of the first action that has it. */
function firstRefCells(earlier: readonly AssessedAction[]): Map<string, string> {
  let index = indexed.get(earlier);
  if (!index) indexed.set(earlier, (index = { cells: new Map(), read: 0 }));
  for (; index.read < earlier.length; index.read++) {
    const { raw } = earlier[index.read]!;
    if (raw.ref && !raw.isSubAction && !index.cells.has(raw.ref)) index.cells.set(raw.ref, refCell(raw));
  }
  return index.cells;
}
