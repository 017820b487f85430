/**
 * Internal hyperlinks ("jump to 'Plan'!C12") for ExcelJS 4.4.
 *
 * Why: ExcelJS 4.4 writes a link `{ text, hyperlink: "#'Plan'!C12" }` as BOTH an external
 * relationship to "#'Plan'!C12" AND a location "#'Plan'!C12", which Excel joins into a
 * broken address (exceljs issue #3027); and when it reads a workbook it drops links that
 * have only a location (issue #920), so a copy of a user's plan would lose their own
 * in-workbook links. An Excel-written internal link is `<hyperlink ref="A1" location="'Plan'!C12"/>`
 * with no relationship. This module makes ExcelJS write and read exactly that form; in
 * ExcelJS's own model an internal link stays `hyperlink: "#'Plan'!C12"`.
 *
 * It patches three ExcelJS prototypes once per process (the whole-workbook writer and reader,
 * and the streaming writer's sheet relationships), and only the version it was written for;
 * `internalLinksSupported()` says whether the patch is in place.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface HyperlinkModel {
  address: string;
  target?: string;
  rId?: string;
  tooltip?: string;
  location?: string;
}

interface Rel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}

type Method = (this: unknown, ...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const MARK = Symbol.for('plancheck.exceljs.internalLinks');
let installed: boolean | null = null;

export function internalLinksSupported(): boolean {
  if (installed === null) installed = install();
  return installed;
}

function install(): boolean {
  try {
    const version = (require('exceljs/package.json') as { version: string }).version;
    if (!/^4\.4\./.test(version)) return false;
    const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as { prototype: Record<string | symbol, unknown> };
    const HyperlinkXform = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform') as { prototype: Record<string | symbol, unknown> };
    const SheetRelsWriter = require('exceljs/lib/stream/xlsx/sheet-rels-writer') as { prototype: Record<string | symbol, unknown> };
    if (WorksheetXform.prototype[MARK]) return true;
    patchWrite(WorksheetXform.prototype, HyperlinkXform.prototype);
    patchStreamWrite(SheetRelsWriter.prototype);
    patchRead(WorksheetXform.prototype);
    WorksheetXform.prototype[MARK] = true;
    return true;
  } catch {
    return false;
  }
}

function patchWrite(worksheet: Record<string, unknown>, hyperlink: Record<string, unknown>): void {
  const prepare = worksheet.prepare as Method;
  worksheet.prepare = function (this: unknown, model: { hyperlinks?: HyperlinkModel[]; rels?: Rel[] }, options: unknown) {
    const result = prepare.call(this, model, options);
    // an internal jump needs no relationship: drop the one ExcelJS made, keep the location
    // (one pass over the relationships, however many links: a sheet may hold hundreds of thousands)
    const dropped = new Set<string>();
    for (const link of model.hyperlinks ?? []) {
      if (!link.target?.startsWith('#')) continue;
      if (link.rId !== undefined) dropped.add(link.rId);
      link.location = link.target.slice(1);
      delete link.rId;
    }
    if (dropped.size) model.rels = (model.rels ?? []).filter((r) => !dropped.has(r.Id));
    return result;
  };
  const render = hyperlink.render as Method;
  hyperlink.render = function (this: unknown, xmlStream: XmlStream, model: HyperlinkModel) {
    if (model.location === undefined || model.rId) return render.call(this, xmlStream, model);
    xmlStream.leafNode('hyperlink', { ref: model.address, location: model.location, tooltip: model.tooltip });
    return undefined;
  };
}

/** The streaming writer: an internal jump is kept as a location, with no relationship written for it. */
function patchStreamWrite(sheetRels: Record<string, unknown>): void {
  const addHyperlink = sheetRels.addHyperlink as Method;
  sheetRels.addHyperlink = function (this: { _hyperlinks: HyperlinkModel[] }, link: HyperlinkModel) {
    if (!link.target?.startsWith('#')) return addHyperlink.call(this, link);
    this._hyperlinks.push({ address: link.address, location: link.target.slice(1) });
    return undefined;
  };
}

function patchRead(worksheet: Record<string, unknown>): void {
  const reconcile = worksheet.reconcile as Method;
  worksheet.reconcile = function (this: unknown, model: { hyperlinks?: HyperlinkModel[]; relationships?: Rel[] }, options: unknown) {
    let n = 0;
    for (const link of model.hyperlinks ?? []) {
      if (link.rId || !link.target) continue;
      // a location-only link: give it a relationship ExcelJS can resolve into "#location"
      link.rId = `plancheckLocation${++n}`;
      model.relationships = [...(model.relationships ?? []), { Id: link.rId, Type: HYPERLINK_REL, Target: `#${link.target}` }];
    }
    return reconcile.call(this, model, options);
  };
}
