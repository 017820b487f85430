/** Reading written workbooks back in tests: with ExcelJS, and as raw OOXML for what ExcelJS hides. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseA1 } from '../../core/grid/address';
import { internalLinksSupported } from '../../cli/output/exceljsInternalLinks';

export { FIXTURES_DIR as FIXTURES } from '../sheets/helpers/fixtures';
export const OUTPUT = path.join(__dirname, '../output');

export async function tempDir(name: string): Promise<string> {
  const base = await fs.mkdir(OUTPUT, { recursive: true }).then(() => OUTPUT).catch(() => os.tmpdir());
  const dir = path.join(base, name);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  internalLinksSupported(); // read internal links the way the writer writes them
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** No fill, however a writer spells it. */
function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  return JSON.stringify(fill);
}

export interface CellState {
  value: string;
  numFmt: string;
  fill: string | null;
}

/** Every cell of a sheet that holds a value or a style: value, number format and fill. */
export function sheetState(ws: ExcelJS.Worksheet): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const state = { value: JSON.stringify(cell.value ?? null), numFmt: cell.numFmt || 'General', fill: fillOf(cell) };
      if (state.value === 'null' && state.fill === null && state.numFmt === 'General') return;
      cells.set(cell.address, state);
    });
  });
  return cells;
}

export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
}

/** Sheet name → its worksheet XML, read from the package itself. */
export async function sheetXml(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!)!.replace(/^\/?(xl\/)?/, '');
    out.set(decodeXml(m[1]!), await zip.file(`xl/${target}`)!.async('string'));
  }
  return out;
}

export function decodeXml(s: string): string {
  return s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The in-workbook links of a sheet, from its XML: cell address → { sheet, cell } it jumps to. */
export function internalLinks(xml: string): Map<string, { sheet: string; cell: string }> {
  const links = new Map<string, { sheet: string; cell: string }>();
  for (const m of xml.matchAll(/<hyperlink ([^>]*)\/>/g)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, decodeXml(a[2]!)]));
    const location = attrs.location;
    if (!location || attrs['r:id']) continue;
    const at = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)$/.exec(location);
    if (!at) continue;
    links.set(attrs.ref!, { sheet: (at[1] ?? at[2]!).replace(/''/g, "'"), cell: at[3]! });
  }
  return links;
}

export function rowOf(address: string): number {
  return parseA1(address)!.row;
}
