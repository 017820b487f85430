/**
 * What a copy written through ExcelJS (Apply RAG, Undo apply) would lose of the original: its
 * parts and features are counted in both packages and every one the copy has fewer of is
 * named, so --out is refused rather than dropping it silently.
 */
import JSZip from 'jszip';
import * as path from 'path';
import { attr, relsPathOf, resolveTarget } from './packageSplice';

/** Parts by content type, as people call them. */
const PART_KINDS: readonly [RegExp, string][] = [
  [/externalLink\+xml/, 'external-workbook links'],
  [/drawingml\.chart\+xml/, 'charts'],
  [/chartsheet\+xml/, 'chart sheets'],
  [/table\+xml/, 'tables'],
  [/spreadsheetml\.comments\+xml/, 'comments'],
  [/threadedComments\+xml/, 'threaded comments'],
  [/pivotTable\+xml/, 'pivot tables'],
  [/pivotCacheDefinition\+xml/, 'pivot caches'],
  [/slicer\+xml/, 'slicers'],
  [/timeline\+xml/, 'timelines'],
  [/queryTable\+xml/, 'queries'],
  [/connections\+xml/, 'data connections'],
  [/ctrlProp\+xml/, 'form controls'],
  [/^image\//, 'pictures'],
];

/** Features inside a worksheet's XML. */
const SHEET_FEATURES: readonly [RegExp, string][] = [
  [/<(?:\w+:)?dataValidation\b/g, 'data validation rules'],
  [/<(?:\w+:)?conditionalFormatting\b/g, 'conditional formats'],
  [/<(?:\w+:)?sheetProtection\b/g, 'sheet protection'],
  [/<(?:\w+:)?sparklineGroup\b/g, 'sparklines'],
  [/<(?:\w+:)?hyperlink\b/g, 'hyperlinks'],
];

type Inventory = Map<string, number>;

async function inventory(bytes: Uint8Array, sheetsToCount: Set<string> | null): Promise<{ counts: Inventory; sheetNames: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const counts: Inventory = new Map();
  const add = (k: string, n = 1) => counts.set(k, (counts.get(k) ?? 0) + n);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = new Map([...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].map((m) => [(attr(m[0], 'PartName') ?? '').replace(/^\//, ''), attr(m[0], 'ContentType') ?? '']));
  const defaults = new Map([...types.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)].map((m) => [(attr(m[0], 'Extension') ?? '').toLowerCase(), attr(m[0], 'ContentType') ?? '']));
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    const type = overrides.get(name) ?? defaults.get(path.posix.extname(name).slice(1).toLowerCase()) ?? '';
    const kind = PART_KINDS.find(([re]) => re.test(type));
    if (kind) add(kind[1]);
  }
  const rootRels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  const office = [...rootRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  const workbookPart = office ? resolveTarget('', attr(office, 'Target')!) : 'xl/workbook.xml';
  const workbook = (await zip.file(workbookPart)?.async('string')) ?? '';
  if (/<(?:\w+:)?workbookProtection\b[^>]*(lockStructure|workbookPassword|workbookHashValue)=/.test(workbook)) add('workbook structure protection');
  for (const m of workbook.matchAll(/<(?:\w+:)?definedName\b[^>]*>/g)) {
    if (!/name="_xlnm\._FilterDatabase"/.test(m[0])) add('defined names');
  }
  const rels = (await zip.file(relsPathOf(workbookPart))?.async('string')) ?? '';
  const targets = new Map([...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '']));
  const sheetNames: string[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/>/g)) {
    const name = attr(m[0], 'name') ?? '';
    sheetNames.push(name);
    if (sheetsToCount && !sheetsToCount.has(name.toLowerCase())) continue;
    const rid = /\s\w+:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = targets.get(rid);
    if (!target) continue;
    const data = await zip.file(resolveTarget(path.posix.dirname(workbookPart), target))?.async('nodebuffer');
    if (!data) continue;
    // the features follow the cells: only the tail of a big sheet is read as text
    const end = data.lastIndexOf('</sheetData>');
    const tail = data.subarray(end < 0 ? 0 : end).toString('utf8');
    for (const [re, label] of SHEET_FEATURES) {
      const n = tail.match(re)?.length ?? 0;
      if (n) add(`${label} on "${name}"`, n);
    }
  }
  return { counts, sheetNames };
}

/** What a package holds, as "tables (1)", "workbook structure protection". */
export async function partsOf(bytes: Uint8Array): Promise<string[]> {
  const { counts } = await inventory(bytes, null);
  return [...counts].map(([label, n]) => (label.endsWith('protection') ? label : `${label} (${n})`));
}

/** The parts and features of `original` that `written` has fewer of, as "charts (1)"; `ours` are PlanCheck's sheets (not compared). */
export async function lostInCopy(original: Uint8Array, written: Uint8Array, ours: readonly string[]): Promise<string[]> {
  const skip = new Set(ours.map((n) => n.toLowerCase()));
  const before = await inventory(original, null);
  const kept = new Set(before.sheetNames.map((n) => n.toLowerCase()).filter((n) => !skip.has(n)));
  const [from, to] = await Promise.all([inventory(original, kept), inventory(written, kept)]);
  const lost: string[] = [];
  for (const [label, n] of from.counts) {
    const left = to.counts.get(label) ?? 0;
    if (left < n) lost.push(n === 1 || label.endsWith('protection') ? label : `${label} (${n - left} of ${n})`);
  }
  return lost;
}
