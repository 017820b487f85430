/**
 * Reads a CSV export of a plan into the core's Grid: one sheet named after the file,
 * every value kept as the text in the file (the core reads "March 2019" or "31/03/2019"
 * itself). RFC 4180 quoting with embedded newlines and doubled quotes, CRLF / LF / CR line
 * ends, a UTF-8 or UTF-16 byte-order mark, Windows-1252 files from older Excel, and the
 * delimiter sniffed among comma, semicolon and tab (or named by an Excel "sep=" line).
 *
 * A small parser of our own rather than ExcelJS's fast-csv: it keeps every field as raw
 * text without a per-cell mapping pass, needs no stream, strips the BOM, and does not load
 * ExcelJS (which takes longer to start than the whole check of a CSV).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellValue, Grid } from '../core/index';
import { columnLetters, MAX_CELL_TEXT, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../core/index';
import { ReadError, describeFsError } from './readError';

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Parses CSV text into records of fields. Lenient where files are not strictly RFC 4180
 * (as Excel is): a quote inside an unquoted field is kept as text, text after a closing
 * quote is kept, and an unterminated quote runs to the end of the text.
 */
export function parseCsv(text: string, delimiter: string = ','): string[][] {
  const records: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  // at the start of a field
  while (i <= n) {
    if (i === n) {
      // end of text: close the last record unless the text ended with a line break
      if (record.length > 0) records.push(record);
      break;
    }
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // quoted field
      let j = i + 1;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          buf += text.slice(j);
          j = n;
          break;
        }
        buf += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          buf += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // anything between the closing quote and the next delimiter / line end is kept
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === CR || c === LF) break;
        k++;
      }
      if (k > j) buf += text.slice(j, k);
      field = buf;
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === CR || c === LF) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i === n) {
        // a delimiter at the very end: one more, empty, field
        record.push('');
        records.push(record);
        break;
      }
    } else {
      // line end: CRLF, LF or CR
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      records.push(record);
      record = [];
      if (i === n) break;
    }
  }
  return records;
}

/**
 * The delimiter, from the header row and the shape of the rows. The header row (of the first
 * lines, the one with the most delimiter characters: a title line above it has few) must split
 * into two or more fields; of the delimiters that split it, the one whose records are most
 * often one width wins (Excel writes every record of an export the same width). Counting
 * records alone is fooled by a ";" on each line of a quoted multi-line cell: parsed with the
 * wrong delimiter, such a cell makes many narrow records.
 */
export function sniffDelimiter(text: string): Delimiter {
  // a sample of whole lines from the start (quoted newlines may cut a record: harmless)
  let sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  if (text.length > 65536 && lastBreak > 0) sample = sample.slice(0, lastBreak);
  const header = headerLine(sample);
  const splitsHeader = CANDIDATES.filter((d) => (parseCsv(header, d)[0] ?? []).filter((f) => f.trim() !== '').length >= 2);
  const candidates = splitsHeader.length ? splitsHeader : CANDIDATES;
  let best: Delimiter = candidates[0] ?? ',';
  let bestScore = -1;
  let bestWidth = 1;
  for (const d of candidates) {
    if (!sample.includes(d)) continue;
    const recs = parseCsv(sample, d).slice(0, 200);
    const freq = new Map<number, number>();
    for (const r of recs) {
      if (r.length === 1 && r[0] === '') continue;
      freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
    }
    let width = 1;
    let count = 0;
    let total = 0;
    for (const [w, f] of freq) {
      total += f;
      if (w > 1 && (f > count || (f === count && w > width))) {
        width = w;
        count = f;
      }
    }
    // the share of records of the usual width, not their number
    const score = total ? count / total : 0;
    if (width > 1 && (score > bestScore || (score === bestScore && width > bestWidth))) {
      best = d;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}

/** Of the first lines, the one with the most delimiter characters (the header row, most likely). */
function headerLine(sample: string): string {
  let best = '';
  let most = 0;
  for (const line of sample.split(/\r\n|\n|\r/, 10)) {
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 44 || c === 59 || c === 9) n++;
    }
    if (n > most) {
      most = n;
      best = line;
    }
  }
  return best;
}

/** Bytes of a CSV file to text: BOMs (UTF-8, UTF-16 LE/BE), UTF-8, else Windows-1252. */
export function decodeCsvBytes(buf: Uint8Array): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return decodeWindows1252(buf);
  }
}

/** Windows-1252 bytes 0x80–0x9F (Node's TextDecoder treats them as Latin-1 control characters). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(buf: Uint8Array): string {
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

/** A sheet name Excel accepts, from a file name: no []:*?/\, at most 31 characters. */
export function sheetNameFromFile(fileName: string): string {
  const base = path.basename(fileName).replace(/\.[^.]+$/, '');
  // eslint-disable-next-line no-control-regex
  let name = base.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/^'+|'+$/g, '').trim();
  if (name.length > 31) name = name.slice(0, 31).trim();
  return name || 'Sheet1';
}

/**
 * CSV text to a Grid of one sheet. Empty fields are empty cells (null); all others stay text.
 * A file wider, longer, or with a field longer than a sheet can hold is refused (ReadError,
 * naming the row and column), never cut short.
 */
export function csvTextToGrid(text: string, fileName: string, delimiter?: Delimiter, shownAs: string = fileName): Grid {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let d = delimiter;
  const sep = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(body);
  if (sep) {
    if (!d && (sep[1] === ',' || sep[1] === ';' || sep[1] === '\t')) d = sep[1];
    body = body.slice(sep[0].length);
  }
  d ??= sniffDelimiter(body);
  const records = parseCsv(body, d);
  // trailing records with nothing in them are left off
  let used = records.length;
  while (used > 0 && records[used - 1]!.every((f) => f === '')) used--;
  if (used > MAX_SHEET_ROWS) {
    throw new ReadError(shownAs, `the file has ${used.toLocaleString('en-GB')} rows, more than the ${MAX_SHEET_ROWS.toLocaleString('en-GB')} a sheet can hold: split the plan into smaller files`);
  }
  const values: CellValue[][] = new Array<CellValue[]>(used);
  const shown: string[][] = new Array<string[]>(used);
  for (let r = 0; r < used; r++) {
    const rec = records[r]!;
    let width = rec.length;
    while (width > 0 && rec[width - 1] === '') width--;
    if (width > MAX_SHEET_COLUMNS) {
      throw new ReadError(shownAs, `row ${r + 1} has ${width.toLocaleString('en-GB')} fields, more than the ${MAX_SHEET_COLUMNS.toLocaleString('en-GB')} columns a sheet can hold: check the delimiter, or that the file is a plan`);
    }
    const row: CellValue[] = new Array<CellValue>(width);
    const txt: string[] = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const f = rec[c]!;
      if (f.length > MAX_CELL_TEXT) {
        throw new ReadError(shownAs, `row ${r + 1}, column ${columnLetters(c + 1)} holds ${f.length.toLocaleString('en-GB')} characters, more than the ${MAX_CELL_TEXT.toLocaleString('en-GB')} a cell can hold: shorten it, or check for a quote left open above it`);
      }
      row[c] = f === '' ? null : f;
      txt[c] = f;
    }
    values[r] = row;
    shown[r] = txt;
  }
  return { fileName: path.basename(fileName), sheets: [{ name: sheetNameFromFile(fileName), origin: { row: 1, column: 1 }, values, text: shown }] };
}

/** Reads a CSV file. Throws ReadError only. */
export async function readCsvFile(filePath: string): Promise<Grid> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(filePath);
  } catch (e) {
    throw new ReadError(filePath, describeFsError(e));
  }
  return readCsvBuffer(buf, path.basename(filePath), filePath);
}

/** Reads CSV bytes. `shownAs` names the file in errors. Throws ReadError only. */
export function readCsvBuffer(buf: Uint8Array, fileName: string, shownAs: string = fileName): Grid {
  const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (!utf16 && buf.subarray(0, 8192).includes(0)) {
    throw new ReadError(shownAs, 'this is not a text CSV file (it holds binary data): export the plan from Excel as "CSV UTF-8 (Comma delimited)" or give the .xlsx');
  }
  return csvTextToGrid(decodeCsvBytes(buf), fileName, undefined, shownAs);
}
