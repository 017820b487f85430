import { markerNote, TITLE_PREFIX } from '../grid/marker';
import type { PlanCheckSheetKind } from '../grid/marker';
import type { OutCell } from './editTypes';

/** Rows 1 and 2 of every sheet PlanCheck writes; `sheetName` is the name it is written under (PlanCheck's record). */
export function markerRows(kind: PlanCheckSheetKind, title: string, asOf: string, sheetName?: string): OutCell[][] {
  return [
    [{ value: `${TITLE_PREFIX}${title}`, bold: true }],
    [{ value: markerNote(kind, asOf, sheetName), italic: true, fontColour: '#595959' }],
  ];
}
