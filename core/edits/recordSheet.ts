import type { PlanRecord } from '../changes/record';
import { recordRows } from '../changes/recordSheet';
import type { OutCell, SheetEdit } from './editTypes';
import { count, text } from './cells';
import { markerRows } from './markerRows';
import type { SheetPlace } from './sheetNames';

/** PlanCheck's hidden record sheet (its layout: changes/recordSheet.ts), replacing the last one. */
export function buildRecordSheet(record: PlanRecord, place: SheetPlace): SheetEdit {
  const { head, parts } = recordRows(record);
  const rows: OutCell[][] = [
    ...markerRows('record', 'Record of the last check', record.asOf),
    [text('What this check read of each action, so that the next check can say what changed since. Kept by PlanCheck; do not edit.')],
    [text(head[0]), count(head[1]), count(head[2]), text(head[3])],
    ...parts.map((p) => [text(p)]),
  ];
  return { kind: 'record', name: place.name, replaces: place.replaces, rows, columnWidths: [60, 8, 8, 16], freezeRows: 0, hidden: true };
}
