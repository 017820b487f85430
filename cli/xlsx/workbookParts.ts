/**
 * The small parts of an .xlsx the grid needs, read as ExcelJS reads them (so the grid is the
 * same cell for cell): relationships, the workbook's sheet list and date system, the styles'
 * number formats and fills, the shared strings and the theme's colours.
 */
import { attr, attrLocal, decodeEntities, XmlScanner, type XmlHandler } from './xmlScanner';
import type { SheetColour, SheetFill } from '../colours';

/** The reader meets something it does not read as ExcelJS would: the ExcelJS path reads it instead. */
export class ReaderDeclined extends Error {}

/** Runs a whole part's text through a handler. */
export function scanText(text: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.feed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  scanner.end();
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A part's relationships by id. */
export function readRelationships(xml: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  scanText(xml, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      if (id === undefined) return;
      out.set(id, { id, type: attr(attrs, 'Type') ?? '', target: attr(attrs, 'Target') ?? '', external: attr(attrs, 'TargetMode') === 'External' });
    },
    close() {},
    text() {},
  });
  return out;
}

/** The part a relationship of `fromPart` points at (relative to its folder, or absolute). */
export function resolveTarget(fromPart: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export const isRelType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

export interface SheetEntry {
  name: string;
  state?: string;
  relId?: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  scanText(xml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const entry: SheetEntry = { name: attr(attrs, 'name') ?? '' };
        const state = attr(attrs, 'state');
        if (state !== undefined) entry.state = state;
        const relId = attrLocal(attrs, 'id');
        if (relId !== undefined) entry.relId = relId;
        info.sheets.push(entry);
      } else if (name === 'workbookPr') info.date1904 = attr(attrs, 'date1904') === '1';
    },
    close() {},
    text() {},
  });
  return info;
}

/** A cell style as the grid needs it. */
export interface CellStyle {
  /** The format as the grid carries it ('General' where there is none). */
  numFmt: string;
  /** ExcelJS reads numbers in this style as dates. */
  isDate: boolean;
  fill: SheetFill | undefined;
}

export interface Styles {
  /** cellXfs by index; ExcelJS reads style 0 (and a missing style) as no style at all. */
  xfs: CellStyle[];
}

export const NO_STYLE: CellStyle = { numFmt: 'General', isDate: false, fill: undefined };

/** ExcelJS's test for a date format (utils.isDateFmt), kept exactly: it decides which numbers become dates. */
export function isDateFmtAsExcelJs(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

let builtInFormats: Record<string, { f?: string }> | null = null;

/** A built-in number format by id, from ExcelJS's own table (a data file: ExcelJS itself is not loaded). */
function builtInFormat(id: number): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  builtInFormats ??= require('exceljs/lib/xlsx/defaultnumformats.js') as Record<string, { f?: string }>;
  return builtInFormats[id]?.f;
}

function colourOf(attrs: string): SheetColour | undefined {
  const rgb = attr(attrs, 'rgb');
  if (rgb) return { argb: rgb };
  const theme = attr(attrs, 'theme');
  if (theme) {
    const c: SheetColour = { theme: parseInt(theme, 10) };
    const tint = attr(attrs, 'tint');
    if (tint) c.tint = parseFloat(tint);
    return c;
  }
  const indexed = attr(attrs, 'indexed');
  if (indexed) return { indexed: parseInt(indexed, 10) };
  return undefined;
}

export function readStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  const fills: (SheetFill | undefined)[] = [];
  const raw: { numFmtId: number; fillId: number }[] = [];
  const seen = { cellXfs: false, fills: false, fonts: false, borders: false };
  let section = '';
  let fill: SheetFill | undefined;
  let inFill = false;
  scanText(xml, {
    open(name, attrs) {
      switch (name) {
        case 'numFmts':
        case 'fills':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          if (name === 'fills' || name === 'cellXfs') seen[name] = true;
          return;
        case 'fonts':
        case 'borders':
          seen[name] = true;
          return;
        case 'numFmt':
          if (section === 'numFmts') {
            const code = attr(attrs, 'formatCode');
            if (code === undefined) throw new ReaderDeclined('a number format without a code');
            numFmts.set(parseInt(attr(attrs, 'numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
          }
          return;
        case 'fill':
          if (section === 'fills') {
            inFill = true;
            fill = undefined;
          }
          return;
        case 'patternFill':
          if (inFill) fill = { type: 'pattern', pattern: attr(attrs, 'patternType') as string };
          return;
        case 'gradientFill':
          if (inFill) fill = { type: 'gradient' };
          return;
        case 'fgColor':
        case 'bgColor':
          if (inFill && fill && fill.type === 'pattern') {
            const c = colourOf(attrs);
            if (c) fill[name] = c;
          }
          return;
        case 'xf':
          if (section === 'cellXfs') raw.push({ numFmtId: parseInt(attr(attrs, 'numFmtId') ?? '', 10), fillId: parseInt(attr(attrs, 'fillId') ?? '', 10) });
          return;
        default:
      }
    },
    close(name) {
      if (name === 'fill' && inFill) {
        fills.push(fill);
        inFill = false;
      } else if (name === section) section = '';
    },
    text() {},
  });
  if (!seen.cellXfs || !seen.fills || !seen.fonts || !seen.borders) throw new ReaderDeclined('a styles part without the usual lists');
  const xfs = raw.map(({ numFmtId, fillId }) => {
    let fmt: string | undefined;
    if (numFmtId) fmt = numFmts.get(numFmtId) || builtInFormat(numFmtId);
    const f = Number.isNaN(fillId) ? undefined : fills[fillId];
    return { numFmt: typeof fmt === 'string' && fmt ? fmt : 'General', isDate: isDateFmtAsExcelJs(fmt), fill: f };
  });
  return { xfs };
}

/** _x000D_ escapes as ExcelJS's text reader decodes them (upper-case hex only). */
export function decodeUpperEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** `<si><t>text</t></si>`, the <t> with plain attributes (xml:space="preserve") or none; its text. Sticky: read at lastIndex. */
const USUAL_STRING = /<si><t(?:[ \t\r\n]+[^ \t\r\n=>/]+=(?:"[^"]*"|'[^']*'))*[ \t\r\n]*>([^<]*)<\/t><\/si>/y;

/** The shared strings, each as plain text (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let depth = 0; // inside <si>
  let inT = false;
  let inPhonetic = false;
  let inRun = false;
  let plain: string | null = null; // the <t> directly in <si>
  let runs: string[] | null = null;
  let piece: string[] = [];
  const usual = USUAL_STRING;
  scanText(xml, {
    // the usual string, <si><t …>text</t></si>, read whole from the text (tens of thousands in a big plan)
    run(src, pos) {
      let p = pos;
      while (!depth && !inRun && !inPhonetic && src.startsWith('<si><t', p)) {
        usual.lastIndex = p;
        const m = usual.exec(src);
        if (!m) break;
        out.push(decodeUpperEscapes(decodeEntities(m[1]!)));
        p = usual.lastIndex;
      }
      return p;
    },
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        depth = 1;
        plain = null;
        runs = null;
      } else if (!depth) return;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'r' && !inPhonetic) inRun = true;
      else if (name === 't' && !inPhonetic) {
        inT = true;
        piece = [];
        if (selfClosing) piece = [];
      }
    },
    close(name) {
      if (!depth) return;
      if (name === 'si') {
        depth = 0;
        // ExcelJS: <si> with runs is rich text; with a <t> its text; with neither an empty value
        out.push(runs ? runs.join('') : (plain ?? ''));
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 'r' && inRun) inRun = false;
      else if (name === 't' && inT) {
        inT = false;
        const text = decodeUpperEscapes(piece.join(''));
        if (inRun) (runs ??= []).push(text);
        else plain = text;
      }
    },
    text(raw, decoded) {
      if (inT) piece.push(decoded ? raw : decodeEntities(raw));
    },
  });
  return out;
}
