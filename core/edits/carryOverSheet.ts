import type { CheckResult } from '../report/checkTypes';
import type { OutCell, SheetEdit } from './editTypes';
import { empty, headerRow, link, text } from './cells';
import { markerRows } from './markerRows';
import { carryOverSheetBase, SheetPlace } from './sheetNames';
import { CarryOverAction, nextPeriodLabel, summarisePlan } from '../view/planSummary';

/**
 * Carry-over <next period>: the actions to copy into next year's plan, with an empty
 * "New due date" column for staff to fill in and a link back to each source row.
 */
export const CARRY_OVER_HEADER = ['Ref', 'Action', 'Lead', 'Original due', 'Reason', 'New due date', 'Source'];
export const CARRY_OVER_HEADER_ROW = 4;
/** Pale yellow: the one column staff are asked to fill in. */
const TO_FILL = '#FFF2CC';

export function buildCarryOverSheet(result: CheckResult, place?: SheetPlace): SheetEdit {
  const label = nextPeriodLabel(result);
  const actions = summarisePlan(result).carryOver;
  const from = result.report.planPeriod.label;
  const name = place?.name ?? carryOverSheetBase(label);
  const intro = actions.length
    ? `${actions.length} action${actions.length === 1 ? '' : 's'} carry over from ${from} to ${label}. Fill in the new due dates, then copy the rows into next year's plan.`
    : `No action carries over from ${from} to ${label}.`;
  const rows: OutCell[][] = [
    ...markerRows('carry-over', `Carry-over ${label}`, result.report.asOf, name),
    [text(intro)],
    headerRow(CARRY_OVER_HEADER),
    ...actions.map(carryOverRow),
  ];
  return {
    kind: 'carry-over',
    name,
    replaces: place?.replaces ?? [],
    rows,
    columnWidths: [8, 60, 28, 20, 50, 16, 28],
    freezeRows: CARRY_OVER_HEADER_ROW,
    filter: { headerRow: CARRY_OVER_HEADER_ROW, firstColumn: 1, lastColumn: CARRY_OVER_HEADER.length, lastRow: CARRY_OVER_HEADER_ROW + actions.length },
  };
}

function carryOverRow(a: CarryOverAction): OutCell[] {
  return [
    text(a.ref),
    text(a.action, { wrap: true }),
    text(a.owner, { wrap: true }),
    text(a.due, { wrap: true }),
    text(a.reason, { wrap: true }),
    { ...empty(), fill: TO_FILL },
    link(`${a.source.sheet}!${a.source.cell}`, a.source),
  ];
}
