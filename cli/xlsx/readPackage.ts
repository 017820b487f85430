/**
 * The streaming .xlsx reader: Node's zlib and a purpose-built XML scanner, reading only what
 * the grid needs (values, shared and inline strings, number formats, fills, merges, cached
 * formula results, the date system, sheet names and state), sheet by sheet, each sheet's grid
 * built as its XML streams. Parts are found through the package's relationships (any part
 * name, namespace prefixes, rows and cells without "r"). It gives the grid the ExcelJS path
 * gives; where a file holds something it would not read as ExcelJS does, it declines
 * (ReaderDeclined) and the caller reads the file with ExcelJS.
 */
import type { Grid, GridSheet } from '../../core/index';
import { fillToHex, themePalette } from '../colours';
import { cleanString } from '../cellText';
import { SheetGridBuilder } from './sheetGrid';
import {
  isRelType,
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbook,
  ReaderDeclined,
  relsPartOf,
  resolveTarget,
  type Relationship,
  type Styles,
} from './workbookParts';
import { XmlScanner, XmlUnreadable } from './xmlScanner';
import { ZipDamaged, ZipPackage, type InflateLimits, type ZipEntry } from './zipPackage';

export { ReaderDeclined } from './workbookParts';
export { ZipTooLarge } from './zipPackage';

export interface PackageReadOptions {
  limits?: InflateLimits;
}

/** Names ExcelJS refuses for a worksheet (it fails to load such a file). */
function badSheetName(name: string): boolean {
  return name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name);
}

export async function readPackageGrid(buf: Buffer, fileName: string, options: PackageReadOptions = {}): Promise<Grid> {
  let zip: ZipPackage;
  try {
    zip = new ZipPackage(buf, options.limits);
  } catch (e) {
    if (e instanceof ZipDamaged) throw new ReaderDeclined(`the zip directory (${e.message})`);
    throw e;
  }
  const part = async (name: string, what: (text: string) => void): Promise<boolean> => {
    const entry = zip.entry(name);
    if (!entry) return false;
    try {
      what(await zip.text(entry));
    } catch (e) {
      throw declined(name, e);
    }
    return true;
  };

  // the workbook part, through the package's relationships (xl/workbook.xml where they say none)
  let workbookPart = 'xl/workbook.xml';
  await part('_rels/.rels', (xml) => {
    for (const rel of readRelationships(xml).values()) if (isRelType(rel, 'officeDocument') && !rel.external) workbookPart = resolveTarget('', rel.target);
  });
  let info: ReturnType<typeof readWorkbook> | null = null;
  if (!(await part(workbookPart, (xml) => (info = readWorkbook(xml))))) throw new ReaderDeclined('no workbook part');
  const workbook = info as unknown as ReturnType<typeof readWorkbook>;
  let rels = new Map<string, Relationship>();
  await part(relsPartOf(workbookPart), (xml) => (rels = readRelationships(xml)));
  const related = (kind: string): string | undefined => {
    for (const rel of rels.values()) if (isRelType(rel, kind) && !rel.external) return resolveTarget(workbookPart, rel.target);
    return undefined;
  };

  let styles: Styles | null = null;
  const stylesPart = zip.entry('xl/styles.xml') ? 'xl/styles.xml' : related('styles');
  if (!stylesPart || !(await part(stylesPart, (xml) => (styles = readStyles(xml))))) throw new ReaderDeclined('no styles part');
  const { xfs } = styles as unknown as Styles;

  let sharedStrings: string[] = [];
  const stringsPart = zip.entry('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : related('sharedStrings');
  if (stringsPart) await part(stringsPart, (xml) => (sharedStrings = readSharedStrings(xml).map(cleanString)));

  // ExcelJS takes the theme named theme1, else the first theme part in the zip
  const themeEntry = zip.entry('xl/theme/theme1.xml') ?? [...zip.entries.values()].find((e) => /^xl\/theme\/[a-zA-Z0-9]+\.xml$/.test(e.name));
  const themePart = themeEntry?.name ?? related('theme');
  let themeXml: string | undefined;
  if (themePart) await part(themePart, (xml) => (themeXml = xml));
  const palette = themePalette(themeXml);
  const xfFills = xfs.map((x) => fillToHex(x.fill, palette));

  const sheets: GridSheet[] = [];
  const names = new Set<string>();
  for (const entry of workbook.sheets) {
    const rel = entry.relId !== undefined ? rels.get(entry.relId) : undefined;
    // chart sheets, dialog sheets and sheets without their part are not worksheets (ExcelJS leaves them out too)
    if (!rel || rel.external || !isRelType(rel, 'worksheet')) continue;
    const sheetPart = resolveTarget(workbookPart, rel.target);
    const sheetEntry = zip.entry(sheetPart);
    if (!sheetEntry) continue;
    if (badSheetName(entry.name)) throw new ReaderDeclined(`a sheet named "${entry.name}"`);
    const name = entry.name.length > 31 ? entry.name.slice(0, 31) : entry.name;
    if (names.has(name.toLowerCase())) throw new ReaderDeclined(`two sheets named "${name}"`);
    names.add(name.toLowerCase());
    let sheetRels = new Map<string, Relationship>();
    await part(relsPartOf(sheetEntry.name), (xml) => (sheetRels = readRelationships(xml)));
    const builder = new SheetGridBuilder({
      sharedStrings,
      xfs,
      xfFills,
      palette,
      date1904: workbook.date1904,
      hasHyperlinks: [...sheetRels.values()].some((r) => isRelType(r, 'hyperlink')),
      relIds: new Set(sheetRels.keys()),
    });
    try {
      await streamPart(zip, sheetEntry, builder);
      sheets.push(builder.finish(name, entry.state === 'hidden' || entry.state === 'veryHidden'));
    } catch (e) {
      throw declined(sheetEntry.name, e);
    }
  }
  return { fileName, sheets };
}

/**
 * A sheet's XML through the scanner as it inflates: the text is never held whole. Each piece
 * is decoded up to the end of its last row (else its last '<': ASCII, so never inside a UTF-8
 * character) and the bytes from there wait for the next piece, so the scanner is given whole
 * rows: the sheet's fast path reads them all, and the scanner seldom has a cut tag to join to
 * the next piece (a joined string is slower to read).
 */
async function streamPart(zip: ZipPackage, entry: ZipEntry, builder: SheetGridBuilder): Promise<void> {
  const scanner = new XmlScanner(builder);
  let waiting: Buffer | undefined;
  let first = true;
  const feed = (bytes: Buffer, end: number): void => {
    let text = bytes.toString('utf8', 0, end);
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    scanner.feed(text);
  };
  await zip.inflate(entry, (chunk) => {
    const bytes = waiting ? Buffer.concat([waiting, chunk]) : chunk;
    const rowEnd = bytes.lastIndexOf(ROW_END);
    let cut = rowEnd >= 0 ? rowEnd + ROW_END.length : bytes.lastIndexOf(LT);
    // a piece without a '<' (a long text): up to its last whole character, rather than held over
    if (cut <= 0) cut = wholeCharacters(bytes);
    waiting = cut < bytes.length ? bytes.subarray(cut) : undefined;
    if (cut > 0) feed(bytes, cut);
  });
  if (waiting) feed(waiting, waiting.length);
  scanner.end();
}

const LT = 0x3c;
const ROW_END = Buffer.from('</row>');

/** The length of `bytes` without an incomplete UTF-8 character at its end. */
function wholeCharacters(bytes: Buffer): number {
  const n = bytes.length;
  // back over the continuation bytes (10xxxxxx) to the last character's first byte
  let k = n - 1;
  while (k > n - 4 && k > 0 && (bytes[k]! & 0xc0) === 0x80) k--;
  const lead = bytes[k]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - k >= length ? n : k;
}

/** A failure inside a part, as a decline naming the part (a zip bomb stays what it is). */
function declined(part: string, e: unknown): unknown {
  if (e instanceof ReaderDeclined) return e.message.startsWith(`${part}:`) ? e : new ReaderDeclined(`${part}: ${e.message}`);
  if (e instanceof XmlUnreadable || e instanceof ZipDamaged) return new ReaderDeclined(`${part}: ${e.message}`);
  return e;
}
