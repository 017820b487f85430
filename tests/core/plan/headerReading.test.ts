/**
 * A header row's reading is remembered per wording (a plan repeats its header above each table),
 * yet the same cells can read differently: under an open table, a row that leaves its ref, lead or
 * due column blank is a sub-action row, not a header.
 */
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { planSheet } from '../../helpers/planGrid';
import type { CellValue } from '../../../core/grid/grid';

// short labels, one of them a clause; ref, lead and due columns left blank
const LABELS: CellValue[] = ['', 'Action agreed by the Board', '', '', 'Outcome', 'Progress reported to the Board'];

test('the same cells are data under an open table and a header with none above, in either order', () => {
  const underTable = planSheet('Plan A', [
    ['Business Plan 2019-20'],
    ['Ref', 'Action', 'Lead', 'Due', 'Outcome', 'Progress update'],
    ['1.1', 'Agree the neglect strategy with every partner', 'Chair', 'September 2019', 'Strategy agreed', 'Draft circulated'],
    LABELS,
    ['1.2', 'Run two neglect workshops', 'Training lead', 'March 2020', 'Workshops held', 'Booked'],
  ]);
  const headed = planSheet('Plan B', [
    ['Business Plan 2019-20'],
    LABELS,
    ['', 'Map the exploitation hotspots', '', '', 'Map in use', 'Data requested'],
  ]);
  for (const sheets of [[underTable, headed], [headed, underTable]]) {
    const { report } = checkWorkbook({ fileName: 'plan.xlsx', sheets }, { asOf: '2019-10-01' });
    const rows = (sheet: string) => report.actions.filter((a) => a.sheet === sheet).map((a) => a.row);
    expect(rows('Plan A')).toEqual([3, 4, 5]);
    expect(rows('Plan B')).toEqual([3]);
  }
});
