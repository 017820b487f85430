import { a1 } from '../grid/address';
import { defineCheck } from './check';

const MISSING: { role: 'owner' | 'due' | 'progress'; column: string; consequence: string; suggestion: string }[] = [
  { role: 'owner', column: 'lead (who responsible)', consequence: 'no action can be checked for a lead', suggestion: 'Lead' },
  { role: 'due', column: 'due date', consequence: 'no action can be rated by date', suggestion: 'Date for completion' },
  { role: 'progress', column: 'progress', consequence: 'late actions cannot be checked for an update', suggestion: 'Progress' },
];

/** An action table with no lead, due date or progress column: the checks that need it cannot run. */
export const columnChecks = defineCheck({
  codes: ['missing-column'],
  table: ({ sheet, table }, raise) =>
    MISSING.filter((m) => (m.role === 'progress' ? table.progress.length === 0 : table[m.role] === null)).map(({ column, consequence, suggestion }) =>
      raise('missing-column', { sheet, cell: a1(table.headerRow, table.firstColumn) }, { row: table.headerRow, column, consequence, suggestion }),
    ),
});
