import { isNotCalculated } from '../grid/grid';
import { defineCheck } from './check';

/** A read cell of the row that holds a spreadsheet error, or a formula saved without its result. */
export const cellChecks = defineCheck({
  codes: ['cell-error', 'not-calculated'],
  action: ({ raw }, _scope, raise) =>
    raw.errorCells.map(({ role, cell }) =>
      isNotCalculated(cell.value)
        ? raise('not-calculated', cell.address, { column: role })
        : raise('cell-error', cell.address, { column: role, error: String(cell.value) }),
    ),
});
