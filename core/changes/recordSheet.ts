import type { Grid, GridSheet } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { planCheckKind } from '../grid/marker';
import { fingerprint } from './fingerprint';
import type { PlanRecord } from './record';
import { RECORD_FORMAT, RECORD_VERSION, storedRecord, storedRecordSchema } from './recordFormat';
import { fromVersion1, planRecordV1Schema, RECORD_VERSION_1 } from './recordV1';

/**
 * PlanCheck's hidden record sheet: the record of the last check, JSON in numbered parts.
 *   rows 1–2  the marker (core/grid/marker)
 *   row 3     what it is, for anyone who unhides it
 *   row 4     "plancheck-record" | version | parts | fingerprint of the whole JSON
 *   row 5 …   "1:{…", "2:…", one part a row in column A
 * The JSON is ASCII (every other character \u-escaped), so no host can split a character
 * between parts or change one; the numbers and the fingerprint show a part lost or edited.
 */
const HEAD_ROW = 4;
/** How every note about a record PlanCheck could not use begins. */
export const RECORD_NOTE_START = "PlanCheck's record of the last check";
/** Under the 32 767 characters a cell holds, with room for the part number. */
const PART_CHARS = 30000;

/**
 * The record as the rows of its sheet hold it (edits/recordSheet.ts writes them under the marker
 * and the note): the head row's cells, then the JSON in numbered parts, one a row.
 */
export function recordRows(record: PlanRecord): { head: [string, number, number, string]; parts: string[] } {
  const json = asciiJson(storedRecord(record));
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += PART_CHARS) parts.push(`${parts.length + 1}:${json.slice(i, i + PART_CHARS)}`);
  return { head: [RECORD_FORMAT, RECORD_VERSION, parts.length, fingerprint(json)], parts };
}

export type RecordRead = { record: PlanRecord } | { none: true } | { ignored: string };

/**
 * The record of the workbook's last check, where it holds one PlanCheck can use.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const recordSheet = buildEdits(grid, result).sheets.find((s) => s.kind === 'record')
 * const checked = { sheets: [...grid.sheets, { name: recordSheet.name, values: recordSheet.rows.map((row) => row.map((cell) => cell.value)) }] }
 * readRecord(checked).record.asOf //=> '2019-03-01'
 * readRecord(grid) //=> { none: true }
 */
export function readRecord(grid: Grid): RecordRead {
  const sheets = grid.sheets.filter((s) => planCheckKind(s) === 'record');
  if (!sheets.length) return { none: true };
  let best: PlanRecord | null = null;
  let why = '';
  for (const sheet of sheets) {
    const read = readRecordSheet(sheet);
    if ('record' in read) {
      if (!best || read.record.asOf > best.asOf) best = read.record;
    } else why ||= read.ignored;
  }
  return best ? { record: best } : { ignored: why };
}

function readRecordSheet(sheet: GridSheet): { record: PlanRecord } | { ignored: string } {
  const view = viewOf(sheet);
  const damaged = (detail: string) => ({
    ignored: `${RECORD_NOTE_START} (hidden sheet "${sheet.name}") is damaged (${detail}), so this check could not say what changed since; the next check will compare with this one.`,
  });
  const newer = (version: number) => ({
    ignored: `${RECORD_NOTE_START} (hidden sheet "${sheet.name}") was written by a newer PlanCheck (record version ${version}), so this check could not say what changed since; update PlanCheck to compare with it.`,
  });
  const version = Number(view.value(HEAD_ROW, 2));
  if (view.valueText(HEAD_ROW, 1) !== RECORD_FORMAT) return damaged('its heading is missing');
  if (Number.isInteger(version) && version > RECORD_VERSION) return newer(version);
  const partCount = Number(view.value(HEAD_ROW, 3));
  if (!Number.isInteger(partCount) || partCount < 1) return damaged('the number of its parts is missing');
  const parts: string[] = [];
  for (let i = 1; i <= partCount; i++) {
    const cell = view.valueText(HEAD_ROW + i, 1);
    const prefix = `${i}:`;
    if (!cell.startsWith(prefix)) return damaged(`part ${i} of ${partCount} is missing`);
    parts.push(cell.slice(prefix.length));
  }
  // joined, not added up: one flat text, which the fingerprint reads many times faster
  const json = parts.join('');
  if (fingerprint(json) !== view.valueText(HEAD_ROW, 4)) return damaged('its text was changed');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return damaged('it is not readable JSON');
  }
  const v = (parsed as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > RECORD_VERSION) return newer(v);
  if (v === RECORD_VERSION_1) {
    const checked = planRecordV1Schema.safeParse(parsed);
    return checked.success ? { record: fromVersion1(checked.data) } : damaged(checked.error.issues[0]?.message ?? 'its contents are not a record');
  }
  const checked = storedRecordSchema.safeParse(parsed);
  if (!checked.success) return damaged(checked.error.issues[0]?.message ?? 'its contents are not a record');
  return { record: checked.data };
}

/** JSON with every character outside printable ASCII escaped. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
