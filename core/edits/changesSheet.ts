import type { CheckResult } from '../report/checkTypes';
import type { Changes } from '../report/reportSchema';
import type { OutCell, SheetEdit } from './editTypes';
import { count, headerRow, link, text } from './cells';
import { markerRows } from './markerRows';
import { firstWords } from './safeText';
import type { SheetPlace } from './sheetNames';
import { CHANGE_LABELS, changesLine, changeWords } from '../changes/changeWords';
import { actionIndexAt } from '../changes/actionAt';

/**
 * Changes since <date> (PRODUCT §7a): one row per change, sorted by change then section, each
 * linked to its row in the plan (a dropped action is no longer in it: its old row is named).
 */
export const CHANGES_HEADER = ['Change', 'Section', 'Ref', 'Action', 'Before', 'After', 'Days', 'Row'];
export const CHANGES_HEADER_ROW = 4;

const CHANGE_FILL: Partial<Record<keyof typeof CHANGE_LABELS, string>> = {
  completed: '#E2EFDA',
  better: '#E2EFDA',
  slipped: '#FCE4D6',
  worse: '#FCE4D6',
  'not-updated': '#FFF2CC',
  dropped: '#EDEDED',
};

export function buildChangesSheet(result: CheckResult, changes: Changes, place: SheetPlace): SheetEdit {
  const rows: OutCell[][] = [
    ...markerRows('changes', `Changes since ${changes.since}`, result.report.asOf),
    [text(changesLine(changes))],
    headerRow(CHANGES_HEADER),
    ...changes.items.map((c) => {
      const words = changeWords(c);
      const i = actionIndexAt(result, c.sheet, c.row);
      const cell = i === undefined ? undefined : (result.details[i]?.cell ?? `A${c.row}`);
      const where = `${c.sheet}!${c.row}`;
      return [
        text(CHANGE_LABELS[c.change], CHANGE_FILL[c.change] ? { fill: CHANGE_FILL[c.change] } : {}),
        text(c.section, { wrap: true }),
        text(c.ref),
        text(firstWords(c.action), { wrap: true }),
        text(words.before, { wrap: true }),
        text(words.after, { wrap: true }),
        c.days !== undefined ? count(c.days) : text(''),
        c.change !== 'dropped' && cell ? link(where, { sheet: c.sheet, cell }) : text(`was ${where}`),
      ];
    }),
  ];
  return {
    kind: 'changes',
    name: place.name,
    replaces: place.replaces,
    rows,
    columnWidths: [16, 36, 8, 50, 22, 22, 8, 16],
    freezeRows: CHANGES_HEADER_ROW,
    filter: { headerRow: CHANGES_HEADER_ROW, firstColumn: 1, lastColumn: CHANGES_HEADER.length, lastRow: CHANGES_HEADER_ROW + changes.items.length },
  };
}
