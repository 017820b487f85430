import { SheetView } from '../grid/sheetView';
import { CellValue, isCellError } from '../grid/grid';
import { a1 } from '../grid/address';
import { cleanText, hasTypedWords, hasWords, isWhitespace } from '../text/cleanText';
import { PlanTable, readHeaderRow } from './planTable';
import { HEADER_CELL_MAX } from './columnRoles';
import { isContinuedRef, looksLikeRef, normaliseRef, splitLeadingRef } from './refs';
import { isKeyHeading, KeyPair, keyPairFromCells, keyPairsIn } from '../rag/ragKey';
import { chooseSection, isSectionText } from './sections';
import { isNoFill } from '../rag/ragLabels';

/** One cell of an action row. Its text, format and fill are read from the sheet when asked: most
 *  cells are asked for one or two of these, and copying all of them for every cell of 50 000 rows
 *  is most of the reading. The value is kept: the row's reading looks at it (for an error) anyway,
 *  and the checks ask for it again and again, each time a look-up far from the last. */
export class RowCell {
  readonly value: CellValue;

  constructor(
    private readonly view: SheetView,
    readonly row: number,
    readonly column: number,
  ) {
    this.value = view.value(row, column);
  }

  get text(): string {
    return this.view.text(this.row, this.column);
  }

  get numberFormat(): string {
    return this.view.numberFormat(this.row, this.column);
  }

  get fill(): string | null {
    return this.view.fill(this.row, this.column);
  }

  /** A1 address, made only when asked for (most cells never need one). */
  get address(): string {
    return a1(this.row, this.column);
  }
}

/**
 * An action row as found in the sheet, before dates, status and RAG are worked out. Made with
 * `new`, not as an object literal: V8 puts a literal that outlives young collections straight into
 * the old generation, and each young cell and text then stored in it costs a write barrier (on a
 * 50 000-row plan, about half of the row's reading, measured).
 */
export class RawAction {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly table: PlanTable,
    readonly tableIndex: number,
    readonly section: string | null,
    readonly ref: string | null,
    readonly parentRef: string | null,
    readonly isSubAction: boolean,
    /** No action text and no action above to belong to. */
    readonly orphan: boolean,
    readonly action: string,
    readonly actionCell: string,
    readonly owner: RowCell | null,
    readonly due: RowCell | null,
    readonly progress: RowCell | null,
    readonly rag: RowCell | null,
    /** Cells of the row's read columns that hold a spreadsheet error (#REF! …). */
    readonly errorCells: readonly { role: string; cell: RowCell }[],
  ) {}
}

export interface PlanSheet {
  sheet: string;
  tables: PlanTable[];
  actions: RawAction[];
  keyPairs: KeyPair[];
  /** Rows above the first table that are not a RAG key: the title block, top down. */
  titleRows: string[];
}

/** Reads one sheet: its tables, their actions, the section each sits in, any RAG key. */
export function readPlanSheet(view: SheetView): PlanSheet {
  const out: PlanSheet = { sheet: view.name, tables: [], actions: [], keyPairs: [], titleRows: [] };
  let table: PlanTable | null = null;
  let sectionRows: string[] = [];
  let sectionOpen = true; // a section row after actions starts a new block
  let section: string | null = null;
  let parent: RawAction | null = null;
  let issue: IssueRef | null = null;
  let headed = false;

  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const scan = scanRow(view, row);
    if (scan.count === 0) continue;
    const header: PlanTable | null = scan.count >= 3 && scan.shortText ? readHeaderRow(view, row, table) : null;
    if (header) {
      table = header;
      out.tables.push(header);
      parent = null;
      issue = null;
      sectionOpen = false;
      headed = true;
      continue;
    }
    // a two-row header: "Progress" merged over "Q1 | Q2 | Q3 | Q4" labels the columns below it
    const underHeader = headed && table !== null && isSubHeader(view, row, table);
    headed = false;
    if (underHeader) continue;
    const lone = scan.count === 1 ? scan.first : null;
    if (lone) {
      const pairs = keyPairsIn(lone.text, lone.fill);
      if (pairs.length || isKeyHeading(lone.text)) {
        out.keyPairs.push(...pairs);
        continue;
      }
      if (isBanner(lone, table)) {
        if (!table && !isSectionText(lone.text)) {
          // the title block: a merged title may also head the first table's section
          out.titleRows.push(cleanText(lone.text));
          if (!lone.merged) continue;
        }
        if (!sectionOpen) {
          sectionRows = [];
          sectionOpen = true;
        }
        sectionRows.push(lone.text.trim());
        section = chooseSection(sectionRows);
        issue = null;
        continue;
      }
    }
    if (!table) {
      const twoCellKey = twoCellKeyPair(scan);
      if (twoCellKey) out.keyPairs.push(twoCellKey);
      else {
        const text = rowText(view, row);
        if (text) out.titleRows.push(text);
      }
      continue;
    }
    const twoCellKey = twoCellKeyPair(scan);
    if (twoCellKey) {
      out.keyPairs.push(twoCellKey);
      continue;
    }
    sectionOpen = false;
    if (table.refSources.length) issue = nextIssue(view, row, table, issue);
    const action = readActionRow(view, row, table, out.tables.length - 1, section, parent, issue);
    if (!action) continue;
    out.actions.push(action);
    if (!action.isSubAction && !action.orphan) parent = action;
    if (issue && !issue.first && action.ref === issue.ref && !action.isSubAction) issue.first = action;
  }
  return out;
}

const NO_ERROR_CELLS: readonly ErrorCell[] = Object.freeze([]);

function cellAt(view: SheetView, row: number, column: number | null): RowCell | null {
  if (column === null) return null;
  return new RowCell(view, row, column);
}

/** A cell's own content: not blank and not carried down from a merged area above. */
function own(view: SheetView, row: number, column: number | null): boolean {
  if (column === null) return false;
  if (view.isMergedFromAbove(row, column)) return false;
  const v = view.value(row, column);
  if (v === null || v === undefined) return false;
  return typeof v !== 'string' || hasTypedWords(v);
}

/** The rightmost progress column with content (quarterly updates: the latest), else the last one. */
function latestProgressColumn(view: SheetView, row: number, progress: readonly number[]): number | null {
  for (let i = progress.length - 1; i >= 0; i--) if (own(view, row, progress[i]!)) return progress[i]!;
  return progress.length ? progress[progress.length - 1]! : null;
}

/** A lead, due date, progress or RAG of the row's own: a row with none is the rest of the row above. */
function hasDetails(view: SheetView, row: number, table: PlanTable, progressColumn: number | null): boolean {
  return own(view, row, progressColumn) || own(view, row, table.owner) || own(view, row, dueColumn(view, row, table)) || table.ragColumns.some((c) => own(view, row, c));
}

type ErrorCell = { role: string; cell: RowCell };

/** The row's error cells, with this one added where it holds a spreadsheet error. */
function withError(found: ErrorCell[] | null, role: string, cell: RowCell | null): ErrorCell[] | null {
  if (!cell || !isCellError(cell.value)) return found;
  (found ??= []).push({ role, cell });
  return found;
}

/** The chosen due column, or where it is empty the next one that is filled ("Revised date" → "Target date"). */
function dueColumn(view: SheetView, row: number, table: PlanTable): number | null {
  if (table.due === null || !table.dueFallbacks.length || own(view, row, table.due)) return table.due;
  return table.dueFallbacks.find((c) => own(view, row, c)) ?? table.due;
}

/** The rightmost RAG column with a label or a fill (quarterly RAG columns: the latest), else the first. */
function latestRagColumn(view: SheetView, row: number, columns: readonly number[]): number {
  for (let i = columns.length - 1; i > 0; i--) {
    const c = columns[i]!;
    if (own(view, row, c) || !isNoFill(view.fill(row, c))) return c;
  }
  return columns[0]!;
}

function readActionRow(
  view: SheetView,
  row: number,
  table: PlanTable,
  tableIndex: number,
  bannerSection: string | null,
  parent: RawAction | null,
  issue: IssueRef | null,
): RawAction | null {
  const refCellText = table.ref !== null && !view.isMergedFromAbove(row, table.ref) ? view.text(row, table.ref).trim() : '';
  const continued = refCellText !== '' && isContinuedRef(refCellText);
  const actionText = own(view, row, table.action) ? view.text(row, table.action!) : '';
  const progressColumn = latestProgressColumn(view, row, table.progress);

  let ref: string | null = null;
  let text = '';
  let isSubAction = false;
  let orphan = false;
  let parentOf = parent;
  const refMergedFromAbove = table.ref !== null && view.isMergedFromAbove(row, table.ref) && !!parent;
  if (continued || refMergedFromAbove || (!actionText.trim() && !refCellText)) {
    if (!hasDetails(view, row, table, progressColumn)) return null; // the rest of the row above, split by a page break
    if (parent) {
      isSubAction = true;
      ref = parent.ref;
      text = actionText.trim() ? splitLeadingRef(actionText).text : parent.action;
    } else orphan = true;
  } else {
    const split = splitLeadingRef(actionText);
    text = split.text;
    // a ref column wins; where its cell holds no ref ("NEW"), the action text's own ref is used
    const fromColumn = normaliseRef(refCellText);
    ref = fromColumn && (looksLikeRef(fromColumn) || !split.ref) ? fromColumn : split.ref ?? fromColumn;
    if (ref === null && issue) {
      // a numbered issue/objective column: its first action holds the ref, the rest under it inherit it
      ref = issue.ref;
      if (issue.first) {
        isSubAction = true;
        parentOf = issue.first;
      }
    }
  }
  const sectionCell = table.section !== null ? view.text(row, table.section).trim() : '';
  const owner = cellAt(view, row, table.owner);
  const due = cellAt(view, row, dueColumn(view, row, table));
  const progress = cellAt(view, row, progressColumn);
  const rag = table.rag !== null ? cellAt(view, row, latestRagColumn(view, row, table.ragColumns)) : table.ragInProgressFill ? progress : null;
  // no closure or list per row: nearly every row has no error cell
  let errorCells: ErrorCell[] | null = null;
  if (table.ref !== null && isCellError(view.value(row, table.ref))) errorCells = withError(errorCells, 'ref', cellAt(view, row, table.ref));
  if (table.action !== null && isCellError(view.value(row, table.action))) errorCells = withError(errorCells, 'action', cellAt(view, row, table.action));
  errorCells = withError(errorCells, 'lead', owner);
  errorCells = withError(errorCells, 'due date', due);
  errorCells = withError(errorCells, 'progress', progress);
  if (table.rag !== null) errorCells = withError(errorCells, 'RAG', rag);
  return new RawAction(
    view.name,
    row,
    table,
    tableIndex,
    sectionCell || bannerSection,
    ref,
    isSubAction ? parentOf!.ref : null,
    isSubAction,
    orphan,
    text,
    a1(row, table.action ?? table.ref ?? table.firstColumn),
    owner,
    due,
    progress,
    rag,
    errorCells ?? NO_ERROR_CELLS,
  );
}

/** Short labels, each under a header cell merged across columns: the second row of a header. */
function isSubHeader(view: SheetView, row: number, table: PlanTable): boolean {
  let labels = 0;
  for (let c = view.firstColumn; c <= view.lastColumn; c++) {
    if (view.isMergedFollower(row, c)) continue;
    const v = view.value(row, c);
    if (v === null || v === undefined || (typeof v === 'string' && isWhitespace(v))) continue;
    if (typeof v !== 'string' || v.length > 40) return false;
    const spanned = view.isMergedFollower(table.headerRow, c) || (c < view.lastColumn && view.isMergedFollower(table.headerRow, c + 1) && view.owner(table.headerRow, c + 1).column === c);
    if (!spanned) return false;
    labels++;
  }
  return labels > 0;
}

/** The ref an issue/objective column gives its rows, and the first action under it. */
interface IssueRef {
  ref: string;
  first: RawAction | null;
}

/** The issue a row sits under: a new one where its ref-source cell leads with a ref, none where
 *  that cell holds unnumbered text, the one above where it is empty or merged from above. */
function nextIssue(view: SheetView, row: number, table: PlanTable, current: IssueRef | null): IssueRef | null {
  for (const c of table.refSources) {
    if (view.isMergedFromAbove(row, c) || !hasWords(view.text(row, c))) continue;
    const ref = splitLeadingRef(view.text(row, c)).ref;
    return ref ? { ref, first: null } : null;
  }
  return current;
}

/** A lone cell that heads a section (or is a title) rather than being part of an action row. */
function isBanner(lone: Lone, table: PlanTable | null): boolean {
  if (!table || lone.merged) return true;
  const c = lone.column;
  if (c === table.owner || c === table.due || c === table.rag || table.progress.includes(c) || table.describe.includes(c)) return false;
  if (isSectionText(lone.text)) return true;
  if (c === table.ref) return !/^\s*\d{1,3}(\.\d{1,3})*[a-z]?\.?\s*$/i.test(lone.text);
  return !splitLeadingRef(lone.text).ref;
}

interface Lone {
  column: number;
  text: string;
  fill: string | null;
  /** Merged across two or more columns: a banner, whatever it says. */
  merged: boolean;
}

/** One pass over a row: how many cells (merged areas once) hold something, the first two, and
 *  whether all of them are short text (a header row can only be that). */
function scanRow(view: SheetView, row: number): RowScan {
  const values = view.rowValues(row);
  if (!values) return EMPTY_ROW;
  // the row's own array, read directly: the merge look-up only where the row has merged cells
  const merged = view.rowHasMergedFollowers(row);
  const base = view.firstColumn;
  const width = merged ? view.lastColumn - base + 1 : values.length;
  let count = 0;
  let shortText = true;
  let firstColumn = 0;
  let secondColumn = 0;
  let firstMerged = false;
  let firstValue: CellValue = null;
  let sameText = true;
  for (let i = 0; i < width; i++) {
    const c = base + i;
    if (merged && view.isMergedFollower(row, c)) {
      if (count === 1) {
        const o = view.owner(row, c);
        if (o.row === row && o.column === firstColumn) firstMerged = true;
      }
      continue;
    }
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'string' && isWhitespace(v))) continue;
    count++;
    if (typeof v !== 'string' || v.length > HEADER_CELL_MAX) shortText = false;
    if (count === 1) {
      firstColumn = c;
      firstValue = v;
    } else {
      if (count === 2) secondColumn = c;
      if (v !== firstValue) sameText = false;
    }
  }
  if (count === 0) return EMPTY_ROW;
  // one merged cell written out (CSV, "unmerge and fill", a pasted Word table): a banner
  if (count > 1 && sameText && typeof firstValue === 'string') {
    return { count: 1, shortText: false, first: { column: firstColumn, text: view.text(row, firstColumn), fill: view.fill(row, firstColumn), merged: true }, second: null };
  }
  // the cells themselves only for rows of one or two cells: banners and key rows (not per action row)
  if (count > 2) return { count, shortText, first: null, second: null };
  const lone = (c: number, isMerged: boolean): Lone => ({ column: c, text: view.text(row, c), fill: view.fill(row, c), merged: isMerged });
  return { count, shortText, first: lone(firstColumn, firstMerged), second: secondColumn ? lone(secondColumn, false) : null };
}

const EMPTY_ROW: RowScan = { count: 0, shortText: true, first: null, second: null };

interface RowScan {
  count: number;
  shortText: boolean;
  first: Lone | null;
  second: Lone | null;
}

/** A two-cell key row: "Green" | "On target". */
function twoCellKeyPair(scan: RowScan): KeyPair | null {
  if (scan.count !== 2 || !scan.first || !scan.second) return null;
  return keyPairFromCells(scan.first.text, scan.second.text, scan.first.fill);
}

function rowText(view: SheetView, row: number): string {
  const parts: string[] = [];
  for (let c = view.firstColumn; c <= view.lastColumn; c++) {
    if (view.isMergedFollower(row, c)) continue;
    const t = cleanText(view.text(row, c));
    if (t) parts.push(t);
  }
  return parts.join(' ');
}
