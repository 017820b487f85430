/**
 * The checked copy of a workbook, made from the original package itself: every part of the
 * user's (external-workbook links, protection, defined names, data validation, conditional
 * formats, comments, tables, charts, pivot tables, macros' neighbours …) is copied as it is,
 * byte for byte, and PlanCheck's sheets are added as new parts beside them. PlanCheck's own
 * sheets from an earlier run are removed first. Nothing of the user's passes through ExcelJS,
 * which drops what it does not model (and cannot read some files other programs write).
 *
 * PlanCheck's sheets are written by ExcelJS into a workbook of their own, then moved across:
 * shared strings become inline strings, and their styles are appended to the original's
 * (fonts, fills, borders, number formats and cell formats renumbered).
 *
 * Changing the plan's own cells (Apply RAG, Undo apply) is not done here.
 */
import JSZip from 'jszip';
import * as path from 'path';
import { Readable } from 'stream';
import { a1 } from '../../core/index';
import { decodeEntities } from '../xlsx/xmlScanner';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const CALC_CHAIN_REL = `${REL_NS}/calcChain`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Why a package could not be spliced: the caller says so, naming the flag; nothing is written. */
export class SpliceError extends Error {
  override readonly name = 'SpliceError';
}

interface SheetEntry {
  /** The whole <sheet …/> element. */
  element: string;
  name: string;
  sheetId: number;
  rId: string;
}

export const attr = (element: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}="([^"]*)"`).exec(element);
  return m ? decodeEntities(m[1]!) : undefined;
};

function encodeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function text(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new SpliceError(`the package has no part ${part}`);
  return f.async('string');
}

/** A relationship target as a part name (relative to the part's folder, or absolute from the root). */
export function resolveTarget(fromDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(fromDir, target));
}

export function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** The prefix (with its colon) an element of the root's default namespace is written with: "" or "x:". */
function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<(\\w+:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/**
 * The original package with PlanCheck's sheets (the worksheets of `ours`, in order, with the
 * hidden state given) added, and the sheets named in `remove` taken out.
 */
export interface Spliced {
  /** Streams the package into a file. */
  write(into: NodeJS.WritableStream): Promise<void>;
  /** Notes for the person running it (what an .xlsx cannot hold, left out by name). */
  notes: string[];
}

export async function spliceSheets(original: Uint8Array, ours: Uint8Array, oursHidden: boolean[], remove: string[]): Promise<Spliced> {
  const notes: string[] = [];
  const zip = await JSZip.loadAsync(original);
  const fresh = await JSZip.loadAsync(ours);

  // the workbook part, through the package relationships (not always xl/workbook.xml)
  const rootRels = await text(zip, '_rels/.rels');
  const office = [...rootRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => /\/officeDocument"/.test(attr(r, 'Type') ?? '') || (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  if (!office) throw new SpliceError('the package names no workbook');
  const workbookPart = resolveTarget('', attr(office, 'Target')!);
  const workbookDir = path.posix.dirname(workbookPart);
  const workbookRelsPart = relsPathOf(workbookPart);
  let workbook = await text(zip, workbookPart);
  let workbookRels = await text(zip, workbookRelsPart);
  let contentTypes = await text(zip, '[Content_Types].xml');

  const rels = () => [...workbookRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*\/>|<(?:\w+:)?Relationship\b[^>]*>\s*<\/(?:\w+:)?Relationship>/g)].map((m) => m[0]);
  const relById = (id: string) => rels().find((r) => attr(r, 'Id') === id);
  const relIdAttr = /\s(\w+):id="/.exec(workbook.match(/<(?:\w+:)?sheet\b[^>]*>/)?.[0] ?? '')?.[1];
  const relPrefix = relIdAttr ?? new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbook)?.[1] ?? null;
  const sheets = (): SheetEntry[] =>
    [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/>/g)].map((m) => ({
      element: m[0],
      name: attr(m[0], 'name') ?? '',
      sheetId: Number(attr(m[0], 'sheetId') ?? 0),
      rId: (relPrefix ? attr(m[0], `${relPrefix}:id`) : undefined) ?? '',
    }));

  // 1. PlanCheck's sheets from an earlier run go
  let removedAny = false;
  for (const name of remove) {
    const list = sheets();
    const index = list.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (index < 0) continue;
    const sheet = list[index]!;
    const rel = relById(sheet.rId);
    if (rel) {
      const part = resolveTarget(workbookDir, attr(rel, 'Target')!);
      zip.remove(part);
      zip.remove(relsPathOf(part));
      contentTypes = contentTypes.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`), '');
      workbookRels = workbookRels.replace(rel, '');
    }
    workbook = workbook.replace(sheet.element, '');
    workbook = renumberLocalNames(workbook, index);
    removedAny = true;
  }
  if (removedAny) {
    // the calculation chain names cells by sheet: Excel rebuilds it when it is missing
    const chain = rels().find((r) => attr(r, 'Type') === CALC_CHAIN_REL);
    if (chain) {
      const part = resolveTarget(workbookDir, attr(chain, 'Target')!);
      zip.remove(part);
      contentTypes = contentTypes.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`), '');
      workbookRels = workbookRels.replace(chain, '');
    }
    const count = sheets().length;
    workbook = workbook.replace(/(<(?:\w+:)?workbookView\b[^>]*?)\s(activeTab|firstSheet)="(\d+)"/g, (m, head: string, a: string, n: string) => (Number(n) >= count ? `${head} ${a}="0"` : m));
  }

  // 2. PlanCheck's new sheets: their XML, strings inline, styles appended to the original's
  const freshSst = fresh.file('xl/sharedStrings.xml');
  const stylesRel = rels().find((r) => (attr(r, 'Type') ?? '').endsWith('/styles'));
  if (!stylesRel) throw new SpliceError('the workbook has no styles part');
  const stylesPart = resolveTarget(workbookDir, attr(stylesRel, 'Target')!);
  const merged = mergeStyles(await text(zip, stylesPart), await text(fresh, 'xl/styles.xml'));
  zip.file(stylesPart, merged.xml);

  // strings: appended to the original's shared strings where it has them (every reader decodes
  // those alike), else written inline
  const sstRel = rels().find((r) => (attr(r, 'Type') ?? '').endsWith('/sharedStrings'));
  const sstPart = sstRel ? resolveTarget(workbookDir, attr(sstRel, 'Target')!) : null;
  let sst = sstPart ? await zip.file(sstPart)?.async('string') : undefined;
  const sstPrefix = sst ? prefixOf(sst, 'sst') : '';
  const sstBase = sst ? [...sst.matchAll(new RegExp(`<${sstPrefix}si\\b`, 'g'))].length : 0;
  const strings = sst
    ? { shared: true as const, base: sstBase }
    : { shared: false as const, inline: sharedStrings(await freshSst?.async('string')) };

  const freshWorkbook = await text(fresh, 'xl/workbook.xml');
  const freshRels = await text(fresh, 'xl/_rels/workbook.xml.rels');
  const freshSheets = [...freshWorkbook.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const sheetPrefix = prefixOf(workbook, 'sheets');
  let nextId = Math.max(0, ...sheets().map((s) => s.sheetId)) + 1;
  const added: string[] = [];
  for (const [i, element] of freshSheets.entries()) {
    const rid = attr(element, 'r:id')!;
    const rel = [...freshRels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === rid)!;
    const freshPart = resolveTarget('xl', attr(rel, 'Target')!);
    const sheetRels = await fresh.file(relsPathOf(freshPart))?.async('string');
    if (sheetRels && /<Relationship\b/.test(sheetRels)) throw new SpliceError('a PlanCheck sheet needs parts of its own');
    const freshFile = fresh.file(freshPart);
    if (!freshFile) throw new SpliceError(`the package has no part ${freshPart}`);
    // named as Excel names them (sheetN.xml): some readers find worksheets by that name only
    let n = 1;
    while (zip.file(`${workbookDir}/worksheets/sheet${n}.xml`) || zip.file(relsPathOf(`${workbookDir}/worksheets/sheet${n}.xml`))) n++;
    const part = `${workbookDir}/worksheets/sheet${n}.xml`;
    // streamed through, piece by piece: a 500 000-row plan's sheets are never one string in memory
    const range = new RowRange();
    for await (const piece of partPieces(freshFile)) range.add(piece);
    const moved = strings.shared ? { base: strings.base } : { inline: strings.inline };
    const xfMap = merged.xfMap;
    zip.file(part, Readable.from(movedPieces(freshFile, range.ref, (piece) => moveStrings(piece, moved, xfMap))));
    contentTypes = contentTypes.replace(/<\/(\w+:)?Types>\s*$/, (end) => `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>${end}`);
    let relId = `rIdPlanCheck${n}`;
    while (relById(relId)) relId += 'x';
    workbookRels = workbookRels.replace(/<\/(\w+:)?Relationships>\s*$/, (end, p: string | undefined) => `<${p ?? ''}Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/>${end}`);
    const name = attr(element, 'name')!;
    const hidden = oursHidden[i] ? ' state="hidden"' : '';
    added.push(`<${sheetPrefix}sheet name="${encodeXml(name)}" sheetId="${nextId++}"${hidden} ${relPrefix ?? 'r'}:id="${relId}"/>`);
  }
  // the new <sheet> elements need the relationships namespace declared where they can see it
  // (openpyxl declares it on each <sheet> of its own, not on the root)
  const prefix = relPrefix ?? 'r';
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? '';
  if (!root.includes(`xmlns:${prefix}="${REL_NS}"`)) workbook = workbook.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:${prefix}="${REL_NS}"`);
  if (/<(?:\w+:)?sheets\s*\/>/.test(workbook)) workbook = workbook.replace(/<((?:\w+:)?sheets)\s*\/>/, `<$1>${added.join('')}</$1>`);
  else workbook = workbook.replace(/<\/((?:\w+:)?sheets)>/, `${added.join('')}</$1>`);

  // an .xlsm or a template becomes a plain workbook (the copy is an .xlsx): its macros cannot come
  const mainType = new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(workbookPart)}"[^>]*/>`).exec(contentTypes)?.[0];
  if (mainType && !/spreadsheetml\.sheet\.main\+xml/.test(mainType)) {
    contentTypes = contentTypes.replace(mainType, mainType.replace(/ContentType="[^"]*"/, 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"'));
    for (const rel of rels().filter((r) => (attr(r, 'Type') ?? '').endsWith('/vbaProject'))) {
      const part = resolveTarget(workbookDir, attr(rel, 'Target')!);
      zip.remove(part);
      contentTypes = contentTypes.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`), '');
      workbookRels = workbookRels.replace(rel, '');
      notes.push('The checked copy is an .xlsx, which cannot hold macros: the workbook\'s macros are left out of it (the plan itself keeps them).');
    }
  }

  let freshCount = 0;
  if (sst && freshSst) for await (const piece of partPieces(freshSst, 'tag')) freshCount += piece.match(/<si[\s>]/g)?.length ?? 0;
  if (sst && sstPart && freshSst && freshCount) {
    const total = sstBase + freshCount;
    let selfClosed = false;
    sst = sst.replace(new RegExp(`<${sstPrefix}sst\\b([^>]*?)(/?)>`), (_m, attrs: string, empty: string) => {
      const a = attrs.replace(/\s(count|uniqueCount)="\d+"/g, '');
      selfClosed = !!empty;
      return `<${sstPrefix}sst${a} uniqueCount="${total}">`;
    });
    const end = selfClosed ? sst.length : sst.lastIndexOf(`</${sstPrefix}sst>`);
    // the original's strings, then the fresh ones streamed after them (never one string in memory)
    zip.file(sstPart, Readable.from(appendedStrings(sst.slice(0, end), freshSst, sstPrefix)));
  }

  zip.file(workbookPart, workbook);
  zip.file(workbookRelsPart, workbookRels);
  zip.file('[Content_Types].xml', contentTypes);
  return {
    notes,
    write: (into) =>
      new Promise<void>((resolve, reject) => {
        const stream = zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 } });
        stream.on('error', reject);
        into.on('error', reject);
        into.on('finish', () => resolve());
        stream.pipe(into);
      }),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Defined names local to a removed sheet go; those of later sheets move down one. */
function renumberLocalNames(workbook: string, removed: number): string {
  return workbook.replace(/<((?:\w+:)?definedName)\b([^>]*)>([\s\S]*?)<\/\1>/g, (whole, tag: string, attrs: string, body: string) => {
    const m = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (!m) return whole;
    const id = Number(m[1]);
    if (id === removed) return '';
    if (id < removed) return whole;
    return `<${tag}${attrs.replace(m[0], ` localSheetId="${id - 1}"`)}>${body}</${tag}>`;
  });
}

/** The inner XML of each <si> of a shared-strings part. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!);
}

/**
 * A part's XML in pieces, in order (joined, they are the part). `row`: each piece ends where a
 * sheet's cell, row or column element can be changed on its own: after a </row>, or after any
 * tag once the sheet's data is over. `tag`: each ends after a tag.
 */
export async function* xmlPieces(chunks: AsyncIterable<string>, cut: 'row' | 'tag' = 'row'): AsyncGenerator<string> {
  let pending = '';
  let dataOver = false;
  for await (const chunk of chunks) {
    pending += chunk;
    if (!dataOver && (cut === 'tag' || pending.includes('</sheetData>'))) dataOver = true;
    const lastRow = pending.lastIndexOf('</row>');
    const at = dataOver ? pending.lastIndexOf('>') + 1 : lastRow < 0 ? 0 : lastRow + '</row>'.length;
    if (at > 0) {
      yield pending.slice(0, at);
      pending = pending.slice(at);
    }
  }
  if (pending) yield pending;
}

/** A part of the fresh package, decoded, in pieces: whole rows (see xmlPieces) or whole tags. */
async function* partPieces(file: JSZip.JSZipObject, cut: 'row' | 'tag' = 'row'): AsyncGenerator<string> {
  // JSZip's stream is of an older kind: wrapped in Node's own, which decodes UTF-8 across chunks
  const stream = new Readable({ encoding: 'utf8' }).wrap(file.nodeStream('nodebuffer'));
  yield* xmlPieces(stream as AsyncIterable<string>, cut);
}

/** The original's shared strings (`head`: all of the part before its closing tag) with the fresh package's strings after them. */
async function* appendedStrings(head: string, fresh: JSZip.JSZipObject, prefix: string): AsyncGenerator<Buffer> {
  yield Buffer.from(head, 'utf8');
  let inBody = false;
  for await (const piece of partPieces(fresh, 'tag')) {
    let body = piece;
    if (!inBody) {
      const open = /<sst\b[^>]*>/.exec(body);
      if (!open) continue;
      inBody = true;
      body = body.slice(open.index + open[0].length);
    }
    body = body.replace(/<\/sst>\s*$/, '');
    yield Buffer.from(prefix ? body.replace(/<(\/?)(\w+)/g, `<$1${prefix}$2`) : body, 'utf8');
  }
  yield Buffer.from(`</${prefix}sst>`, 'utf8');
}

/** A fresh sheet's pieces changed by `move`, with the range its rows use written in its head where it has none. */
async function* movedPieces(file: JSZip.JSZipObject, ref: string | null, move: (piece: string) => string): AsyncGenerator<Buffer> {
  let head = true;
  for await (const piece of partPieces(file)) {
    const moved = move(piece);
    yield Buffer.from(head && ref ? withDimension(moved, ref) : moved, 'utf8');
    head = false;
  }
}

/**
 * The range a sheet's rows use (`A1:G8344`), as ExcelJS's whole-workbook writer gives it: the
 * first to the last row, across the rows' spans. Fed the sheet's XML in pieces.
 */
export class RowRange {
  private top = 0;
  private bottom = 0;
  private left = 0;
  private right = 0;
  private hasDimension = false;
  private inHead = true;

  add(piece: string): void {
    if (this.inHead) {
      const data = piece.indexOf('<sheetData');
      if (/<dimension\b/.test(data < 0 ? piece : piece.slice(0, data))) this.hasDimension = true;
      if (data >= 0) this.inHead = false;
    }
    for (const m of piece.matchAll(/<row\b[^>]*?\sr="(\d+)"[^>]*?\sspans="(\d+):(\d+)"/g)) {
      const r = Number(m[1]);
      const from = Number(m[2]);
      const to = Number(m[3]);
      if (!this.top) this.top = r;
      this.bottom = r;
      if (!this.left || from < this.left) this.left = from;
      if (to > this.right) this.right = to;
    }
  }

  /** The range, or null where the sheet has one already or no rows. */
  get ref(): string | null {
    if (this.hasDimension || !this.top) return null;
    return `${a1(this.top, this.left)}:${a1(this.bottom, this.right)}`;
  }
}

/**
 * The head of a sheet's XML with `<dimension ref="…"/>` written in: ExcelJS's streaming writer
 * cannot know the range when it writes a sheet's head. Its place in the schema: after
 * <sheetPr>, before the views, format, columns and data.
 */
export function withDimension(head: string, ref: string): string {
  const at = /<(sheetViews|sheetFormatPr|cols|sheetData)\b/.exec(head);
  if (!at) return head;
  return `${head.slice(0, at.index)}<dimension ref="${ref}"/>${head.slice(at.index)}`;
}

/**
 * A fresh sheet's XML with its strings moved (to the original's shared strings, from `base` on,
 * or inline) and style numbers moved to the merged styles.
 */
function moveStrings(xml: string, strings: { base: number } | { inline: string[] }, xfMap: number[]): string {
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, _end: string, inner: string | undefined) => {
      const restyled = attrs.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${xfMap[Number(s)] ?? 0}"`);
      if (/\st="s"/.test(attrs) && inner !== undefined) {
        const k = Number(/<v>(\d+)<\/v>/.exec(inner)?.[1]);
        if ('base' in strings) return `<c${restyled}>${inner.replace(/<v>\d+<\/v>/, `<v>${strings.base + k}</v>`)}</c>`;
        const si = strings.inline[k] ?? '<t></t>';
        return `<c${restyled.replace(/\st="s"/, ' t="inlineStr"')}><is>${si}</is></c>`;
      }
      return inner === undefined ? `<c${restyled}/>` : `<c${restyled}>${inner}</c>`;
    })
    .replace(/<row\b([^>]*?)\ss="(\d+)"/g, (_m, a: string, s: string) => `<row${a} s="${xfMap[Number(s)] ?? 0}"`)
    .replace(/<col\b([^>]*?)\sstyle="(\d+)"/g, (_m, a: string, s: string) => `<col${a} style="${xfMap[Number(s)] ?? 0}"`);
}

interface MergedStyles {
  xml: string;
  /** Fresh cell-format number → its number in the merged styles. */
  xfMap: number[];
}

/** The original styles with the fresh workbook's fonts, fills, borders, number formats and cell formats appended. */
function mergeStyles(original: string, fresh: string): MergedStyles {
  const p = prefixOf(original, 'styleSheet');
  const items = (xml: string, section: string, item: string, prefix = ''): string[] => {
    const m = new RegExp(`<${prefix}${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}${section}>)`).exec(xml);
    if (!m || !m[1]) return [];
    return [...m[1].matchAll(new RegExp(`<${prefix}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${item}>)`, 'g'))].map((x) => x[0]);
  };
  let xml = original;
  const append = (section: string, item: string, extra: string[]): number => {
    const existing = items(xml, section, item, p);
    const offset = existing.length;
    if (!extra.length) return offset;
    const body = extra.map((e) => (p ? e.replace(/<(\/?)(\w+)/g, `<$1${p}$2`) : e)).join('');
    const open = new RegExp(`<${p}${section}\\b([^>]*?)(/>|>)`);
    const m = open.exec(xml);
    const count = offset + extra.length;
    if (!m) {
      // a section the original lacks: after the ones that come before it in the schema
      xml = xml.replace(new RegExp(`(<${p}styleSheet\\b[^>]*>)`), `$1<${p}${section} count="${count}">${body}</${p}${section}>`);
    } else {
      const attrs = m[1]!.replace(/\scount="\d+"/, '');
      const head = `<${p}${section}${attrs} count="${count}">`;
      if (m[2] === '/>') xml = xml.replace(m[0], `${head}${body}</${p}${section}>`);
      else xml = xml.replace(m[0], head).replace(new RegExp(`</${p}${section}>`), `${body}</${p}${section}>`);
    }
    return offset;
  };
  // number formats: the fresh custom ids move above the original's
  const originalFormats = items(xml, 'numFmts', 'numFmt', p);
  let nextFormat = Math.max(163, ...originalFormats.map((f) => Number(attr(f, 'numFmtId') ?? 0))) + 1;
  const formatMap = new Map<number, number>();
  const freshFormats = items(fresh, 'numFmts', 'numFmt').map((f) => {
    const id = Number(attr(f, 'numFmtId'));
    const to = nextFormat++;
    formatMap.set(id, to);
    return f.replace(/numFmtId="\d+"/, `numFmtId="${to}"`);
  });
  if (freshFormats.length) {
    if (new RegExp(`<${p}numFmts\\b`).test(xml)) append('numFmts', 'numFmt', freshFormats);
    else xml = xml.replace(new RegExp(`(<${p}styleSheet\\b[^>]*>)`), `$1<${p}numFmts count="${freshFormats.length}">${freshFormats.map((e) => (p ? e.replace(/<(\/?)(\w+)/g, `<$1${p}$2`) : e)).join('')}</${p}numFmts>`);
  }
  const fontOffset = append('fonts', 'font', items(fresh, 'fonts', 'font'));
  const fillOffset = append('fills', 'fill', items(fresh, 'fills', 'fill'));
  const borderOffset = append('borders', 'border', items(fresh, 'borders', 'border'));
  const freshXfs = items(fresh, 'cellXfs', 'xf').map((xf) =>
    xf
      .replace(/\sfontId="(\d+)"/, (_m, n: string) => ` fontId="${Number(n) + fontOffset}"`)
      .replace(/\sfillId="(\d+)"/, (_m, n: string) => ` fillId="${Number(n) + fillOffset}"`)
      .replace(/\sborderId="(\d+)"/, (_m, n: string) => ` borderId="${Number(n) + borderOffset}"`)
      .replace(/\snumFmtId="(\d+)"/, (_m, n: string) => ` numFmtId="${formatMap.get(Number(n)) ?? n}"`)
      .replace(/\sxfId="\d+"/, ' xfId="0"'),
  );
  const xfOffset = append('cellXfs', 'xf', freshXfs);
  return { xml, xfMap: freshXfs.map((_, i) => xfOffset + i) };
}
