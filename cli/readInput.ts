/** Reads one input file (an .xlsx/.xlsm workbook or a .csv export) into a Grid. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Grid } from '../core/index';
import { readCsvBuffer } from './readCsv';
import { ReadError, describeFsError } from './readError';
import { notXlsxReason, ReadOptions, readXlsxBuffer, sniffKind } from './readXlsx';

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm'];
export const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** Extensions a folder is scanned for. */
export const FOLDER_EXTENSIONS = ['.xlsx', '.xlsm', '.csv'];

/** Reads a plan file by its content (a zip is a workbook whatever its name). Throws ReadError only. */
export async function readInput(filePath: string, options: ReadOptions = {}): Promise<Grid> {
  const fileName = path.basename(filePath);
  const ext = path.extname(fileName).toLowerCase();
  let buf: Buffer;
  try {
    const st = await fs.stat(filePath);
    if (st.isDirectory()) throw new ReadError(filePath, 'is a folder, not a file');
    if (st.size > 512 * 1024 * 1024) throw new ReadError(filePath, `the file is too large to be a plan (${Math.round(st.size / 1048576)} MB)`);
    buf = await fs.readFile(filePath);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(filePath, describeFsError(e));
  }
  const kind = sniffKind(buf);
  if (kind === 'zip' || kind === 'ole') return readXlsxBuffer(buf, fileName, filePath, options);
  if (kind === 'empty') throw new ReadError(filePath, notXlsxReason(buf)!);
  if (WORKBOOK_EXTENSIONS.includes(ext) || ext === '.xls' || ext === '.ods' || ext === '.numbers') {
    if (ext === '.xls' && /^\s*<(\?xml|html|table|!doctype)/i.test(buf.subarray(0, 256).toString('latin1'))) {
      throw new ReadError(filePath, 'this .xls is a web page or XML spreadsheet, not a workbook: open it in Excel and save it as "Excel Workbook (*.xlsx)"');
    }
    throw new ReadError(filePath, notXlsxReason(buf)!);
  }
  if (CSV_EXTENSIONS.includes(ext)) return readCsvBuffer(buf, fileName, filePath);
  throw new ReadError(filePath, `PlanCheck reads .xlsx, .xlsm and .csv files, not "${ext || 'files without an extension'}": save the plan as .xlsx or .csv`);
}
