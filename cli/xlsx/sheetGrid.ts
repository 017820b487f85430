/**
 * One worksheet's XML, streamed, to the core's GridSheet: each row becomes its grid rows as
 * it closes, with values, display text, number formats and fills read the way the ExcelJS
 * path reads them (cli/readXlsx.ts), so both give the same grid cell for cell; merges and
 * hyperlinks (which follow the cells in the part) are applied at the end, as ExcelJS does.
 */
import type { CellValue, GridSheet, MergedArea } from '../../core/index';
import { NOT_CALCULATED } from '../../core/index';
import { fillToHex, type SheetFill } from '../colours';
import { cleanString } from '../cellText';
import { dateToSerial, displayText, serialToDate } from '../displayText';
import { attr, AttrCursor, decodeEntities, isNameEnd, type XmlHandler } from './xmlScanner';
import { decodeUpperEscapes, NO_STYLE, ReaderDeclined, type CellStyle } from './workbookParts';

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
/** Cells a sheet's merges may cover before the reader leaves the file to ExcelJS. */
const MAX_MERGED_CELLS = 4_000_000;

export interface SheetContext {
  sharedStrings: readonly string[];
  xfs: readonly CellStyle[];
  /** '#RRGGBB' of each style's fill (null: none), by style index. */
  xfFills: readonly (string | null)[];
  palette: readonly string[];
  date1904: boolean;
  /** The sheet's hyperlink relationships exist: cells' texts are kept for them. */
  hasHyperlinks: boolean;
  /** Relationship ids of the sheet's part, to resolve hyperlinks (as ExcelJS: a missing one fails). */
  relIds: ReadonlySet<string>;
}

/** An empty cell past its row's width that is there (ExcelJS's Null cell, no fill): 0-based column, its format. */
interface ExtraCell {
  col: number;
  numFmt: string;
}

/**
 * A row as read: arrays as wide as its last cell that counts; absent cells are undefined. The
 * grid is never written to, so arrays are shared where they hold the same: a row formatted
 * and filled as the one before shares its `f` and `c` (a 500 000-row plan keeps one copy of
 * its few row shapes, not half a million), and a row of text cells only has its values as
 * its text. `own` once its arrays are its own, to be patched (merges, hyperlinks).
 */
interface RowBuild {
  v: (CellValue | undefined)[];
  t: (string | undefined)[];
  f: (string | undefined)[];
  c: (string | null | undefined)[];
  own?: boolean;
  /** Styled empty cells past the width: merges and hyperlinks may bring them in. */
  extra?: ExtraCell[];
  /** The row's own style index (ExcelJS gives it to cells merges create). */
  style?: number;
}

/**
 * The columns merges have taken, row by row, to find a merge over an earlier one without
 * comparing each with all before it (a plan merges a section row every few rows: thousands).
 */
class MergedColumns {
  /** Per row, its merged columns as sorted, disjoint ranges: [left, right, left, right, …]. */
  private readonly rows = new Map<number, number[]>();

  /** Takes the area's cells; false, nothing taken, where an earlier area holds one of them. */
  take(area: { top: number; left: number; bottom: number; right: number }): boolean {
    const { top, left, bottom, right } = area;
    for (let row = top; row <= bottom; row++) {
      const ranges = this.rows.get(row);
      if (ranges) {
        const k = MergedColumns.firstEndingFrom(ranges, left);
        if (k < ranges.length && ranges[k]! <= right) return false;
      }
    }
    for (let row = top; row <= bottom; row++) {
      const ranges = this.rows.get(row);
      if (ranges) ranges.splice(MergedColumns.firstEndingFrom(ranges, left), 0, left, right);
      else this.rows.set(row, [left, right]);
    }
    return true;
  }

  /** Where in `ranges` the first range ending at or after `col` starts (its length where none does). */
  private static firstEndingFrom(ranges: readonly number[], col: number): number {
    let lo = 0;
    let hi = ranges.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[2 * mid + 1]! < col) lo = mid + 1;
      else hi = mid;
    }
    return 2 * lo;
  }
}

/** The first `width` cells of `b` are `a`'s, and `a` is that wide. */
function sameCells<T>(a: readonly (T | undefined)[], b: readonly (T | undefined)[], width = b.length): boolean {
  if (a === b) return true;
  if (a.length !== width) return false;
  for (let k = 0; k < width; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Every cell of the row is there and shows its value as its text (text cells). */
function textIsValue(values: (CellValue | undefined)[], text: readonly (string | undefined)[]): values is string[] {
  for (let k = 0; k < values.length; k++) if (values[k] === undefined || values[k] !== text[k]) return false;
  return true;
}

/** The column an A1 reference's letters name ("AB12" → 28), read from src[start, end) where given (nothing copied). */
function columnNumber(ref: string, start = 0, end = ref.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

/** ExcelJS's second decoding of "str" cells (utils.xmlDecode). */
function xmlDecodeAgain(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** An ISO date or date-time ("2019-03-01", "2019-03-01T12:00:00") as a 1900-system serial, or null. */
function isoDateSerial(text: string): number | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (m) {
    const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), Math.round(Number(m[7] ?? 0) * 1000));
    return Number.isFinite(ms) ? dateToSerial(new Date(ms)) : null;
  }
  const t = /^\s*(\d{2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (t) return (+t[1]! * 3600 + +t[2]! * 60 + +(t[3] ?? 0)) / 86400;
  return null;
}

export class SheetGridBuilder implements XmlHandler {
  private readonly rows: (RowBuild | undefined)[] = [];
  private readonly colStyles: { min: number; max: number; style: number }[] = [];
  private readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  private readonly hyperlinkCells: string[] = [];
  /** Each addressed cell's text as a hyperlink would show it (only where the sheet has hyperlinks). */
  private readonly linkTexts = new Map<string, { row: number; col: number; text: string; style: number }>();
  private protectedSheet = false;

  // where the scan is
  private inSheetData = false;
  private inMerges = false;
  private inHyperlinks = false;
  private inCols = false;
  private rowNo = 0;
  private inRow = false;
  /**
   * The row being read, cell by cell (0-based columns), in arrays kept from row to row: the
   * row is copied out of them at its end, as wide as it is, so a sheet's rows take no more
   * memory (and garbage collection no more time) than their cells need.
   */
  private readonly rowV: (CellValue | undefined)[] = [];
  private readonly rowT: (string | undefined)[] = [];
  private readonly rowF: (string | undefined)[] = [];
  private readonly rowC: (string | null | undefined)[] = [];
  /** How far into those arrays this row has written. */
  private rowSpan = 0;
  /** The last row's formats and fills, for the next row to share. */
  private lastF: (string | undefined)[] | null = null;
  private lastC: (string | null | undefined)[] | null = null;
  /** The row's last cell that counts (has a value, or a fill). */
  private rowWidth = 0;
  /** Empty, unfilled cells of the row (0-based columns): past the width they are kept aside. */
  private readonly uncounted: number[] = [];
  private rowStyle = 0;
  private prevCol = 0;
  // the cell being read
  private inCell = false;
  private cellRef: string | undefined;
  private cellCol = 0;
  private cellType: string | undefined;
  private cellStyle = 0;
  private formula = false;
  private node: 'f' | 'v' | 't' | '' = '';
  private value: string | undefined;
  private runs: string[] | null = null;
  private inRun = false;
  private runText: string[] | null = null;
  /** What the cell closing reads as (one object for all cells: reading a cell allocates nothing). */
  private readonly read = { value: null as CellValue, isDate: false, linkText: '' };
  private readonly attrs = new AttrCursor();

  constructor(private readonly ctx: SheetContext) {}

  private styleOf(index: number): CellStyle {
    return index ? (this.ctx.xfs[index] ?? NO_STYLE) : NO_STYLE;
  }

  private fillOf(index: number): string | null {
    return index ? (this.ctx.xfFills[index] ?? null) : null;
  }

  openAt(name: string, src: string, start: number, end: number, selfClosing: boolean): void {
    if (this.inSheetData && !this.inCell && name === 'c') this.readCellTag(this.attrs.reset(src, start, end), src);
    else if (this.inSheetData && !this.inCell && name === 'row') this.readRowTag(this.attrs.reset(src, start, end));
    else this.open(name, start < end ? src.slice(start, end) : '', selfClosing);
  }

  /**
   * Rows and cells of the usual shapes (`<row …>`, `<c …/>`, `<c …><v>…</v></c>`, `</row>`),
   * read straight from the part's text as far as they go: the sheet's hot path, a cell read
   * without a call from the scanner or a string copied but its value. Anything else (formulas,
   * inline strings, prefixed names, a cell cut at the piece's end) goes through the scanner.
   */
  run(src: string, pos: number): number {
    // (never read past the text's end: optimised code reading there is thrown away, and made again)
    const a = this.attrs;
    const n = src.length;
    let p = pos;
    while (p + 4 < n && this.inSheetData && !this.inCell && src.charCodeAt(p) === 60) {
      const c1 = src.charCodeAt(p + 1);
      if (c1 === 99 && isNameEnd(src.charCodeAt(p + 2))) {
        // <c
        if (!this.readCellTag(a.resetTag(src, p + 2), src)) return p;
        if (a.selfClosing) {
          this.closeCell();
          p = a.tagEnd + 1;
          continue;
        }
        // <v>text</v></c>, all of it in this piece of the part: the value's text as text() would take it
        const gt = a.tagEnd;
        const from = gt + 4;
        const lt = from < n && src.charCodeAt(gt + 1) === 60 && src.charCodeAt(gt + 2) === 118 && src.charCodeAt(gt + 3) === 62 ? src.indexOf('<', from) : -1;
        if (lt <= from || !src.startsWith('</v></c>', lt)) return gt + 1;
        if (!this.sharedStringCell(src, from, lt)) {
          this.value = decodeEntities(src.slice(from, lt));
          this.closeCell();
        }
        p = lt + 8;
      } else if (c1 === 114 && src.startsWith('row', p + 1) && isNameEnd(src.charCodeAt(p + 4))) {
        if (!this.readRowTag(a.resetTag(src, p + 4))) return p;
        p = a.tagEnd + 1;
        if (a.selfClosing) this.closeRow();
      } else if (c1 === 47 && src.startsWith('</row>', p)) {
        this.closeRow();
        p += 6;
      } else break;
    }
    return p;
  }

  /** A row's r and s: the row starts (false, nothing done, where the tag is not a plain one). */
  private readRowTag(a: AttrCursor): boolean {
    let n: number | undefined;
    let written: string | undefined;
    let style: number | undefined;
    while (a.next()) {
      if (n === undefined && a.nameIs('r')) {
        n = a.intValue();
        if (!(n >= 1 && n <= MAX_ROWS)) written = a.value();
      } else if (style === undefined && a.nameIs('s')) style = a.intValue() || 0;
    }
    if (a.tagEnd < 0 && a.isTag()) return false;
    this.closeRow();
    n ??= this.rowNo + 1;
    if (!(n >= 1 && n <= MAX_ROWS)) throw new ReaderDeclined(`a row numbered ${written}`);
    this.startRow(n, style ?? 0);
    return true;
  }

  /**
   * A cell's r, s and t read straight from the tag's text (nothing copied but t): the cell
   * starts (false, nothing done, where the tag is not a plain one).
   */
  private readCellTag(a: AttrCursor, src: string): boolean {
    if (!this.inRow) throw new ReaderDeclined('a cell outside a row');
    let col = 0;
    let refStart = -1;
    let refEnd = -1;
    let style = 0;
    let type: string | undefined;
    while (a.next()) {
      if (a.nameEnd - a.nameStart !== 1) continue;
      const valueStart = a.valueStart;
      const valueEnd = a.valueEnd;
      switch (src.charCodeAt(a.nameStart)) {
        case 114: // r
          refStart = valueStart;
          refEnd = valueEnd;
          col = columnNumber(src, valueStart, valueEnd);
          break;
        case 115: {
          // s: ExcelJS's parseInt (digits up to the first other character)
          let n = 0;
          let k = valueStart;
          while (k < valueEnd && src.charCodeAt(k) === 32) k++;
          for (; k < valueEnd; k++) {
            const d = src.charCodeAt(k) - 48;
            if (d < 0 || d > 9) break;
            n = n * 10 + d;
          }
          style = n;
          break;
        }
        case 116: // t
          type = valueEnd - valueStart === 1 && src.charCodeAt(valueStart) === 115 ? 's' : a.value();
          break;
        default:
      }
    }
    if (a.tagEnd < 0 && a.isTag()) return false;
    if (refStart < 0 || refEnd === refStart) col = this.prevCol + 1;
    if (!(col >= 1 && col <= MAX_COLUMNS)) throw new ReaderDeclined(`a cell at ${refStart < 0 ? 'no address' : src.slice(refStart, refEnd)}`);
    this.prevCol = col;
    this.startCell(refStart >= 0 && this.ctx.hasHyperlinks ? src.slice(refStart, refEnd) : refStart >= 0 ? '' : undefined, col, type, style);
    return true;
  }

  open(name: string, attrs: string, _selfClosing: boolean): void {
    if (this.inCell) {
      if (this.inRun) {
        if (name === 't') this.runText = [];
        return;
      }
      switch (name) {
        case 'f':
          if (attr(attrs, 't') !== undefined) this.formula = true;
          this.node = 'f';
          return;
        case 'v':
        case 't':
          this.node = name;
          return;
        case 'r':
          this.inRun = true;
          this.runText = null;
          return;
        default:
          return;
      }
    }
    // rows and cells come through openAt
    if (this.inSheetData) return;
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'cols':
        this.inCols = true;
        return;
      case 'col':
        if (this.inCols) {
          const style = parseInt(attr(attrs, 'style') ?? '', 10);
          if (style) this.colStyles.push({ min: parseInt(attr(attrs, 'min') ?? '', 10), max: parseInt(attr(attrs, 'max') ?? '', 10), style });
        }
        return;
      case 'mergeCells':
        this.inMerges = true;
        return;
      case 'mergeCell':
        if (this.inMerges) this.addMerge(attr(attrs, 'ref'));
        return;
      case 'hyperlinks':
        this.inHyperlinks = true;
        return;
      case 'hyperlink':
        if (this.inHyperlinks) {
          // ExcelJS keys hyperlinks by the attribute named exactly "r:id" and the ref as written
          const rid = attr(attrs, 'r:id');
          const ref = attr(attrs, 'ref');
          if (rid !== undefined) {
            if (!this.ctx.relIds.has(rid)) throw new ReaderDeclined('a hyperlink without its relationship');
            if (ref !== undefined) this.hyperlinkCells.push(ref);
          }
        }
        return;
      case 'sheetProtection':
        if (attr(attrs, 'sheet') === '1') this.protectedSheet = true;
        return;
      default:
    }
  }

  private startRow(rowNo: number, style: number): void {
    this.rowNo = rowNo;
    this.rowStyle = style;
    this.inRow = true;
    this.rowWidth = 0;
    this.uncounted.length = 0;
    this.prevCol = 0;
  }

  private startCell(ref: string | undefined, col: number, type: string | undefined, style: number): void {
    this.inCell = true;
    this.cellRef = ref;
    this.cellCol = col;
    this.cellType = type;
    this.cellStyle = style;
    this.formula = false;
    this.node = '';
    this.value = undefined;
    this.runs = null;
    this.inRun = false;
  }

  text(raw: string, decoded: boolean): void {
    if (!this.inCell) return;
    if (this.inRun) {
      if (this.runText) this.runText.push(decoded ? raw : decodeEntities(raw));
      return;
    }
    if (this.node === 'f') {
      if (raw.length) this.formula = true;
    } else if (this.node === 'v' || this.node === 't') {
      const s = decoded ? raw : decodeEntities(raw);
      this.value = this.value === undefined ? s : this.value + s;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (this.inRun) {
        if (name === 't' && this.runText) {
          (this.runs ??= []).push(decodeUpperEscapes(this.runText.join('')));
          this.runText = null;
        } else if (name === 'r') this.inRun = false;
        return;
      }
      if (name === 'c') this.closeCell();
      else if (name === 'f' || name === 'v' || name === 't' || name === 'is') this.node = '';
      return;
    }
    switch (name) {
      case 'row':
        this.closeRow();
        return;
      case 'sheetData':
        this.closeRow();
        this.inSheetData = false;
        return;
      case 'cols':
        this.inCols = false;
        return;
      case 'mergeCells':
        this.inMerges = false;
        return;
      case 'hyperlinks':
        this.inHyperlinks = false;
        return;
      default:
    }
  }

  private closeCell(): void {
    this.inCell = false;
    const style = this.cellStyle;
    const st = this.styleOf(style);
    const t = this.cellType;
    const raw = this.value;
    const links = this.ctx.hasHyperlinks;
    const read = this.read;
    read.value = null;
    read.isDate = false;
    /** The value as a hyperlink's text would show it (kept only where the sheet has hyperlinks). */
    read.linkText = '';
    let present = true;
    let counts = true;
    if (this.formula) {
      if (raw || this.runs) {
        const v = this.richOrRaw();
        if (t === 'str') read.value = read.linkText = cleanString(xmlDecodeAgain(v));
        else if (t === 'b') {
          read.value = parseInt(v, 10) !== 0;
          if (links) read.linkText = String(read.value);
        } else if (t === 'e') read.value = read.linkText = v;
        else this.readNumber(parseFloat(v), st, style);
      } else {
        // saved without its result (openpyxl and others write formulas they never calculate)
        read.value = NOT_CALCULATED;
      }
    } else if (raw !== undefined || this.runs) {
      switch (t) {
        case 's': {
          const s = this.ctx.sharedStrings[parseInt(raw ?? '', 10)];
          if (s === undefined) throw new ReaderDeclined(`a shared string that is not there (${raw})`);
          read.value = read.linkText = s;
          break;
        }
        case 'str':
          read.value = read.linkText = cleanString(xmlDecodeAgain(this.richOrRaw()));
          break;
        case 'inlineStr':
          read.value = read.linkText = cleanString(this.richOrRaw());
          break;
        case 'b':
          read.value = parseInt(raw ?? '', 10) !== 0;
          if (links) read.linkText = String(read.value);
          break;
        case 'e':
          read.value = read.linkText = raw ?? '';
          break;
        case 'd': {
          // an ISO date cell (t="d", as openpyxl and others write them): a date, whatever the format
          const serial = isoDateSerial(raw ?? '');
          if (serial === null) read.value = read.linkText = cleanString(raw ?? '');
          else {
            read.value = serial;
            read.isDate = true;
            if (links) read.linkText = (raw ?? '').trim().slice(0, 10);
          }
          break;
        }
        default:
          this.readNumber(parseFloat(raw ?? ''), st, style);
      }
    } else if (style) {
      counts = false; // ExcelJS's Null cell: it is there, with its style
    } else {
      present = false; // ExcelJS leaves a cell with neither value nor style out
    }
    if (links && this.cellRef !== undefined) {
      this.linkTexts.set(this.cellRef, { row: this.rowNo, col: this.cellCol, text: cleanString(read.linkText), style });
    }
    if (!present) return;
    const value = read.value;
    const isDate = read.isDate;
    const text = value === null ? '' : typeof value === 'string' ? value : displayText(value, isDate ? (t === 'd' && !st.isDate ? 'yyyy-mm-dd' : st.numFmt) : st.numFmt, isDate);
    this.storeCell(value, text, st.numFmt, this.fillOf(style), counts);
  }

  /** The cell read into the row's arrays. */
  private storeCell(value: CellValue, text: string, numFmt: string, fill: string | null, counts: boolean): void {
    const c = this.cellCol - 1;
    // the row's arrays stay packed: the cells before this one are there, as undefined where absent
    for (let k = this.rowSpan; k <= c; k++) {
      this.rowV[k] = undefined;
      this.rowT[k] = undefined;
      this.rowF[k] = undefined;
      this.rowC[k] = undefined;
    }
    if (c >= this.rowSpan) this.rowSpan = c + 1;
    this.rowV[c] = value;
    this.rowT[c] = text;
    this.rowF[c] = numFmt;
    this.rowC[c] = fill;
    if (counts || fill !== null) {
      if (this.cellCol > this.rowWidth) this.rowWidth = this.cellCol;
    } else this.uncounted.push(c);
  }

  /**
   * A shared string cell's value, `<v>index</v>`, taken at once (the cell most sheets are made
   * of); false where the index is not plain digits naming a string, or the sheet has
   * hyperlinks (closeCell reads those).
   */
  private sharedStringCell(src: string, from: number, to: number): boolean {
    if (this.cellType !== 's' || this.ctx.hasHyperlinks || to - from > 9) return false;
    let index = 0;
    for (let k = from; k < to; k++) {
      const d = src.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return false;
      index = index * 10 + d;
    }
    const s = this.ctx.sharedStrings[index];
    if (s === undefined) return false;
    this.inCell = false;
    const style = this.cellStyle;
    this.storeCell(s, s, this.styleOf(style).numFmt, this.fillOf(style), true);
    return true;
  }

  /** The cell's text: its rich text runs joined, else its value's text as written. */
  private richOrRaw(): string {
    return this.runs ? this.runs.join('') : (this.value ?? '');
  }

  /** A number cell's value: a date where its style's format is one (ExcelJS's reading). */
  private readNumber(n: number, st: CellStyle, style: number): void {
    const read = this.read;
    if (st.isDate && style) {
      // the 1904 system counts from 1904-01-01, 1462 days after the 1900 system's day 0
      const d = serialToDate(n + (this.ctx.date1904 ? 1462 : 0));
      if (Number.isNaN(d.getTime())) read.value = null;
      else {
        read.value = dateToSerial(d);
        read.isDate = true;
        if (this.ctx.hasHyperlinks) read.linkText = d.toISOString().slice(0, 10);
      }
    } else {
      read.value = Number.isFinite(n) ? n : null;
      if (this.ctx.hasHyperlinks) read.linkText = String(n);
    }
  }

  /** The row read is copied out of the row arrays, as wide as its last cell that counts. */
  private closeRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    const width = this.rowWidth;
    const f = this.rowF;
    const c = this.rowC;
    const v = this.rowV.slice(0, width);
    const r: RowBuild = {
      v,
      t: textIsValue(v, this.rowT) ? v : this.rowT.slice(0, width),
      f: this.lastF && sameCells(this.lastF, f, width) ? this.lastF : (this.lastF = f.slice(0, width)),
      c: this.lastC && sameCells(this.lastC, c, width) ? this.lastC : (this.lastC = c.slice(0, width)),
    };
    if (this.rowStyle) r.style = this.rowStyle;
    for (const k of this.uncounted) if (k >= width && f[k] !== undefined) (r.extra ??= []).push({ col: k, numFmt: f[k]! });
    this.rowSpan = 0;
    // a repeated row number replaces the earlier row (as in ExcelJS)
    this.rows[this.rowNo - 1] = r;
  }

  private addMerge(ref: string | undefined): void {
    const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec((ref ?? '').trim());
    if (!m) throw new ReaderDeclined(`a merge "${ref}"`);
    const a = { col: columnNumber(m[1]!), row: parseInt(m[2]!, 10) };
    const b = m[3] ? { col: columnNumber(m[3]), row: parseInt(m[4]!, 10) } : a;
    this.merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }

  /** The row to patch, made as ExcelJS's getRow would (an empty row). */
  private rowAt(rowNo: number): RowBuild {
    let r = this.rows[rowNo - 1];
    if (!r) r = this.rows[rowNo - 1] = { v: [], t: [], f: [], c: [], own: true };
    else if (!r.own) {
      // its text may be its values, its formats and fills other rows' too: patched, they become its own
      if (r.t === r.v) r.t = r.t.slice();
      r.f = r.f.slice();
      r.c = r.c.slice();
      r.own = true;
    }
    return r;
  }

  /** Widens a row to `width` cells, bringing in the styled empty cells that were past its end. */
  private widen(r: RowBuild, width: number): void {
    if (width <= r.v.length) return;
    // (a patched row's arrays are its own, see rowAt) cells pushed in as absent, undefined: setting
    // the length instead is a call into the runtime for each array
    for (let k = r.v.length; k < width; k++) {
      r.v.push(undefined);
      r.t.push(undefined);
      r.f.push(undefined);
      r.c.push(undefined);
    }
    if (!r.extra) return;
    const keep: ExtraCell[] = [];
    for (const e of r.extra) {
      if (e.col < width) {
        r.v[e.col] = null;
        r.t[e.col] = '';
        r.f[e.col] = e.numFmt;
        r.c[e.col] = null;
      } else keep.push(e);
    }
    r.extra = keep.length ? keep : undefined;
  }

  /** A styled empty cell past the row's width, taken out of the list; or undefined. */
  private takeExtra(r: RowBuild, c: number): ExtraCell | undefined {
    if (!r.extra) return undefined;
    const k = r.extra.findIndex((e) => e.col === c);
    if (k < 0) return undefined;
    const [cell] = r.extra.splice(k, 1);
    return cell;
  }

  private setCell(r: RowBuild, c: number, value: CellValue, text: string, numFmt: string, fill: string | null): void {
    this.widen(r, c + 1);
    r.v[c] = value;
    r.t[c] = text;
    r.f[c] = numFmt;
    r.c[c] = fill;
  }

  private applyHyperlinks(): void {
    for (const ref of this.hyperlinkCells) {
      const cell = this.linkTexts.get(ref);
      if (!cell) continue;
      const r = this.rowAt(cell.row);
      const c = cell.col - 1;
      this.takeExtra(r, c);
      this.setCell(r, c, cell.text, cell.text, this.styleOf(cell.style).numFmt, this.fillOf(cell.style));
    }
  }

  /** The style of a cell a merge creates: the row's number format and fill, else the column's (ExcelJS's _mergeStyle). */
  private createdStyle(rowNo: number, col: number): { numFmt: string; fill: string | null } {
    const rowStyle = this.rows[rowNo - 1]?.style;
    const rs = rowStyle ? this.ctx.xfs[rowStyle] : undefined;
    const colDef = this.colStyles.find((d) => col >= d.min && col <= d.max);
    const cs = colDef ? this.ctx.xfs[colDef.style] : undefined;
    const numFmt = (rs && rs.numFmt !== 'General' ? rs.numFmt : undefined) ?? (cs && cs.numFmt !== 'General' ? cs.numFmt : undefined);
    const fill: SheetFill | undefined = rs?.fill ?? cs?.fill;
    return { numFmt: numFmt ?? 'General', fill: fillToHex(fill, this.ctx.palette) };
  }

  private applyMerges(): MergedArea[] {
    this.colStyles.sort((x, y) => x.min - y.min);
    let covered = 0;
    const taken = new MergedColumns();
    for (const m of this.merges) {
      covered += (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (covered > MAX_MERGED_CELLS) throw new ReaderDeclined('merges covering millions of cells');
      if (m.bottom > MAX_ROWS || m.right > MAX_COLUMNS || m.top < 1 || m.left < 1) throw new ReaderDeclined('a merge outside the sheet');
      // ExcelJS refuses a merge over an earlier one
      if (!taken.take(m)) throw new ReaderDeclined('overlapping merges');
      for (let row = m.top; row <= m.bottom; row++) {
        const r = this.rowAt(row);
        // as wide as the merge at once (cell by cell below, it widens one cell at a time to the same
        // end), but for a one-column merge's first row, where an empty master stays out of the width
        if (m.right > m.left || row > m.top) this.widen(r, m.right);
        for (let col = m.left; col <= m.right; col++) {
          const master = row === m.top && col === m.left;
          const c = col - 1;
          if (c < r.v.length && r.f[c] !== undefined) {
            // a cell that is there: the master keeps its value, the others are emptied, styles stay
            if (!master) {
              r.v[c] = null;
              r.t[c] = '';
            }
            continue;
          }
          const extra = master ? r.extra?.find((e) => e.col === c) : this.takeExtra(r, c);
          if (extra) {
            if (!master) this.setCell(r, c, null, '', extra.numFmt, null);
            continue;
          }
          // not there: made with the row's or column's style; an empty master counts only by its fill
          const made = this.createdStyle(row, col);
          if (master && made.fill === null && c >= r.v.length) (r.extra ??= []).push({ col: c, numFmt: made.numFmt });
          else this.setCell(r, c, null, '', made.numFmt, made.fill);
        }
      }
    }
    return this.merges
      .map((m) => ({ row: m.top, column: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 }))
      .sort((a, b) => a.row - b.row || a.column - b.column);
  }

  /** The finished sheet. */
  finish(name: string, hidden: boolean): GridSheet {
    this.closeRow();
    if (this.hyperlinkCells.length) this.applyHyperlinks();
    const merges = this.merges.length ? this.applyMerges() : [];
    const rows = this.rows;
    let last = rows.length;
    while (last > 0 && !(rows[last - 1] && rows[last - 1]!.v.length)) last--;
    const values: CellValue[][] = new Array(last);
    const text: string[][] = new Array(last);
    const numberFormats: string[][] = new Array(last);
    const fills: (string | null)[][] = new Array(last);
    let lastFormats: string[] | null = null;
    let lastFills: (string | null)[] | null = null;
    for (let i = 0; i < last; i++) {
      const r = rows[i];
      const w = r ? r.v.length : 0;
      if (!r || !w) {
        values[i] = [];
        text[i] = [];
        numberFormats[i] = [];
        fills[i] = [];
        continue;
      }
      for (let c = 0; c < w; c++) {
        if (r.v[c] === undefined) {
          // an absent cell; its format and fill may have been filled in already, in a row sharing them
          r.v[c] = null;
          r.t[c] = '';
          if (r.f[c] === undefined) r.f[c] = 'General';
          if (r.c[c] === undefined) r.c[c] = null;
        }
      }
      values[i] = r.v as CellValue[];
      text[i] = r.t as string[];
      // a row formatted and filled as the one before shares its arrays (the core never writes to the grid):
      // a 500 000-row plan keeps one copy of its few row shapes, not half a million
      numberFormats[i] = lastFormats && sameCells(lastFormats, r.f) ? lastFormats : (lastFormats = r.f as string[]);
      fills[i] = lastFills && sameCells(lastFills, r.c) ? lastFills : (lastFills = r.c as (string | null)[]);
      rows[i] = undefined;
    }
    const sheet: GridSheet = { name, origin: { row: 1, column: 1 }, values, text, numberFormats, fills, merges };
    if (hidden) sheet.hidden = true;
    if (this.protectedSheet) sheet.protected = true;
    return sheet;
  }
}
