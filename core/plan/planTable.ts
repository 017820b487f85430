import type { SheetView } from '../grid/sheetView';
import { ColumnRole, HEADER_CELL_MAX, headerRole } from './columnRoles';
import { foldForMatch } from '../text/cleanText';
import { hasPlainDataSign, leavesBlank, readsAsData } from './headerOrData';
import { BoundedMemo } from '../memo';

/**
 * An action table: a header row and the columns it names. Rows run to the next header. Made with
 * `new`, not as an object literal, for the reason RawAction is (core/plan/readPlanSheet).
 */
export class PlanTable {
  readonly headerRow: number;
  readonly ref: number | null;
  readonly action: number | null;
  readonly owner: number | null;
  readonly due: number | null;
  /** Progress columns, left to right (quarterly update columns: the rightmost filled one is latest). */
  readonly progress: number[];
  /** A RAG column of labels, or null. */
  readonly rag: number | null;
  /** Every RAG column, left to right (quarterly RAG columns: the rightmost filled one is latest). */
  readonly ragColumns: number[];
  /** Other due columns to read where the chosen one is empty ("Revised date" empty: "Target date"). */
  readonly dueFallbacks: number[];
  /** The RAG is the fill of the progress cell ("Progress & Evidence RAG"). */
  readonly ragInProgressFill: boolean;
  readonly section: number | null;
  readonly describe: number[];
  /** Where the table has no REF column: the columns left of the action column whose text may
   *  lead with a ref ("Issue": "4. Seek assurance on …"), nearest the action first. */
  readonly refSources: number[];
  readonly firstColumn: number;
  readonly lastColumn: number;

  /** The table a header wording names, as found at this row. */
  constructor(headerRow: number, shape: TableShape) {
    this.headerRow = headerRow;
    this.ref = shape.ref;
    this.action = shape.action;
    this.owner = shape.owner;
    this.due = shape.due;
    this.progress = shape.progress;
    this.rag = shape.rag;
    this.ragColumns = shape.ragColumns;
    this.dueFallbacks = shape.dueFallbacks;
    this.ragInProgressFill = shape.ragInProgressFill;
    this.section = shape.section;
    this.describe = shape.describe;
    this.refSources = shape.refSources;
    this.firstColumn = shape.firstColumn;
    this.lastColumn = shape.lastColumn;
  }
}

/** What a header wording names, wherever its row is. */
type TableShape = Omit<PlanTable, 'headerRow'>;

/** The header row's cells that carry a role; null where the row is not a table header. */
export function readHeaderRow(view: SheetView, row: number, open: PlanTable | null = null): PlanTable | null {
  if (!mayBeHeader(view, row)) return null;
  const cells: HeaderCell[] = [];
  for (let c = view.firstColumn; c <= view.lastColumn; c++) {
    if (view.isMergedFollower(row, c)) continue;
    const text = view.text(row, c).trim();
    if (!text) continue;
    if (text.length > HEADER_CELL_MAX) return null;
    // a header cell merged across columns ("Progress" over Q1 | Q2 | Q3 | Q4) heads each of them
    let span = 1;
    while (c + span <= view.lastColumn && view.isMergedFollower(row, c + span) && view.owner(row, c + span).column === c) span++;
    cells.push({ column: c, text, span });
  }
  // a sheet of several tables repeats its header row: the last wording read is remembered
  if (!last || !sameCells(last.cells, cells)) last = { cells, table: cannotHead(cells) ? null : headerTable(cells, open) };
  return last.table && new PlanTable(row, last.table);
}

interface HeaderCell {
  column: number;
  text: string;
  /** Columns the cell covers (merged across), 1 for most. */
  span: number;
}

let last: { cells: HeaderCell[]; table: TableShape | null } | null = null;

function sameCells(a: HeaderCell[], b: HeaderCell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.column !== b[i]!.column || a[i]!.text !== b[i]!.text || a[i]!.span !== b[i]!.span) return false;
  return true;
}

/** The share of a header row's filled cells that must name a column. */
const NAMING_SHARE = 0.6;

/**
 * A sure "no" before any table is built, from the rules below taken cheapest first: a sign of data
 * in any cell's text, or too few cells naming a column. A hot path: a data row of short cells
 * comes here, and its cells differ from every row before, so the full reading would be wasted.
 */
function cannotHead(cells: readonly HeaderCell[]): boolean {
  for (const c of cells) if (hasPlainDataSign(c.text)) return true;
  // at least NAMING_SHARE of the cells name a column (tableFromHeader): stop at the miss that makes it fewer
  const needed = NAMING_SHARE * cells.length;
  let named = cells.length;
  for (const c of cells) if (!headerRole(c.text) && --named < needed) return true;
  return false;
}

/**
 * tableFromHeader, remembered: a plan repeats its header row above each of its tables. The reading
 * depends on the cells and, of the table above, only on whether they leave its ref, lead or due
 * column blank; the key holds both (each text led by its length, so no two rows share a key).
 */
function headerTable(cells: readonly HeaderCell[], open: PlanTable | null): TableShape | null {
  const blanks = leavesBlank(cells, openColumnsOf(open));
  let key = blanks ? 'blank' : 'filled';
  for (const c of cells) key += `|${c.column},${c.span},${c.text.length}:${c.text}`;
  return headerTables.getOr(key, () => tableFromHeader(cells, open));
}

// read per call (getOr): the key is a digest of the cells, not what the reading takes
const headerTables = new BoundedMemo<string, TableShape | null>(1000, () => null);

/** The ref, lead and due columns of the table above: a header labels each of them. */
function openColumnsOf(open: PlanTable | null): number[] {
  return open ? [open.ref, open.owner, open.due].filter((c): c is number => c !== null) : [];
}

function tableFromHeader(cells: readonly HeaderCell[], open: PlanTable | null): TableShape | null {
  const found: { column: number; role: ColumnRole; alsoRag: boolean; text: string; span: number }[] = [];
  const nonEmpty = cells.length;
  let first = 0;
  let last = 0;
  for (const { column: c, text, span } of cells) {
    const r = headerRole(text);
    if (!r) continue;
    if (!first) first = c;
    last = c + span - 1;
    found.push({ column: c, role: r.role, alsoRag: r.alsoRag, text, span });
  }
  const roles = new Set(found.map((f) => f.role));
  const tracked = ['due', 'owner', 'progress', 'rag'].filter((r) => roles.has(r as ColumnRole)).length;
  const named = roles.has('action') || roles.has('ref');
  if (!named || tracked < 1 || roles.size < 3 || found.length < NAMING_SHARE * nonEmpty) return null;
  const candidate = cells.map((c) => ({ column: c.column, text: c.text, role: found.find((f) => f.column === c.column)?.role ?? null }));
  if (readsAsData(candidate, openColumnsOf(open))) return null;

  const pick = (role: ColumnRole, prefer?: RegExp, avoid?: RegExp): number | null => {
    const cols = found.filter((f) => f.role === role);
    if (cols.length <= 1) return cols[0]?.column ?? null; // the usual case: nothing to choose between
    const preferred = prefer && cols.find((f) => prefer.test(foldForMatch(f.text)));
    const fallback = avoid ? cols.find((f) => !avoid.test(foldForMatch(f.text))) : undefined;
    return (preferred ?? fallback ?? cols[0])?.column ?? null;
  };
  const action = pick('action', /\bactions?\b/);
  const covered = (f: { column: number; span: number }) => Array.from({ length: f.span }, (_, i) => f.column + i);
  const progress = found.filter((f) => f.role === 'progress').flatMap(covered);
  const describe = found
    .filter((f) => f.role === 'describe' || (f.role === 'action' && f.column !== action))
    .map((f) => f.column);
  const ragColumns = found.filter((f) => f.role === 'rag').flatMap(covered);
  const ragColumn = ragColumns[0] ?? null;
  // a re-planned date wins over the first one; a start date is no due date where an end is given
  const dueCols = found.filter((f) => f.role === 'due');
  const dueCell =
    dueCols.find((f) => REVISED_DUE.test(foldForMatch(f.text))) ??
    dueCols.find((f) => TARGET_DUE.test(foldForMatch(f.text))) ??
    dueCols.find((f) => !START_DUE.test(foldForMatch(f.text))) ??
    dueCols[0];
  // "Timescale" merged over Original | Revised: the rightmost filled column is the latest date
  const dueSpan = dueCell ? covered(dueCell).reverse() : [];
  const due = dueSpan[0] ?? null;
  const others = dueCols.filter((f) => f !== dueCell);
  const dueFallbacks = [
    ...dueSpan.slice(1),
    ...others.filter((f) => TARGET_DUE.test(foldForMatch(f.text))).map((f) => f.column),
    ...others.filter((f) => !TARGET_DUE.test(foldForMatch(f.text)) && !START_DUE.test(foldForMatch(f.text))).map((f) => f.column),
  ];
  const ref = pick('ref');
  const owner = pick('owner');
  const section = pick('section');
  // a section column ("Priority") names sections, not refs
  const claimed = new Set([ref, action, ...ragColumns, ...progress, owner, due, ...dueFallbacks, section]);
  const refSources = ref === null && action !== null ? cells.filter((c) => c.column < action && !claimed.has(c.column)).map((c) => c.column).reverse() : [];
  return {
    ref,
    action,
    owner,
    due,
    dueFallbacks,
    progress,
    rag: ragColumn,
    ragColumns,
    ragInProgressFill: ragColumn === null && found.some((f) => f.role === 'progress' && f.alsoRag),
    section,
    describe,
    refSources,
    firstColumn: first,
    lastColumn: last,
  };
}

const REVISED_DUE = /\b(revised|amended|re ?planned|new|updated|current|latest)\b/;
const TARGET_DUE = /\b(end|target|completion|deadline|by when|due)\b/;
const START_DUE = /\bstart\b/;

/** Cheap test first (a hot path): header cells are short text, and a header names three things. */
function mayBeHeader(view: SheetView, row: number): boolean {
  let texts = 0;
  for (let c = view.firstColumn; c <= view.lastColumn; c++) {
    const v = view.value(row, c);
    if (v === null || v === '') continue;
    if (typeof v !== 'string' || v.length > HEADER_CELL_MAX) return false;
    texts++;
  }
  return texts >= 3;
}
