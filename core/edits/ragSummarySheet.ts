import { a1 } from '../grid/address';
import type { CheckResult } from '../report/checkTypes';
import type { CellLink, ChartSpec, OutCell, SheetEdit } from './editTypes';
import { count, empty, headerRow, link, percent, ragLabel, text } from './cells';
import { markerRows } from './markerRows';
import { shorten } from './safeText';
import { SheetPlace, SUMMARY_SHEET } from './sheetNames';
import {
  LateAction, LooksCompleteAction, NOT_ASSESSED, NOT_ASSESSED_COLOUR, PlanSummary, share, summarisePlan, TallyRow,
} from '../view/planSummary';

/**
 * RAG summary: what a business manager takes to the board. From the top: the plan, period,
 * reporting date and scheme; totals per RAG label; sections × labels (with the chart's data);
 * leads × labels; the late actions that need attention.
 */
const CHART_ROW_PX = 20; // a default row's height, to keep the chart clear of the list below it
const LATEST_UPDATE_CHARS = 400;

export interface SummaryLinks {
  /** The carry-over sheet's name, for a link from the carry-over count. */
  carryOverSheet?: string;
  fileName?: string;
  /**
   * Whether late actions link to their rows (default true). False where the summary is written
   * away from the plan (the portfolio workbook), so that no link points at a sheet that is not there.
   */
  linkSources?: boolean;
  /** A link written under the plan lines (the portfolio workbook's way back to its Portfolio sheet). */
  back?: { label: string; to: CellLink };
}

export function buildRagSummarySheet(
  result: CheckResult,
  place: SheetPlace = { name: SUMMARY_SHEET, replaces: [] },
  links: SummaryLinks = {},
): SheetEdit {
  const s = summarisePlan(result, links.fileName);
  const rows: OutCell[][] = [...markerRows('summary', 'RAG summary', result.report.asOf, place.name), []];
  rows.push(...planLines(s, links.carryOverSheet), []);
  if (links.back) rows.push([link(links.back.label, links.back.to)], []);
  rows.push(...totalsTable(s), []);
  // a workbook holding several plans (one per sub-group, each on its own sheet): a row each
  if (s.bySheet.length > 1) rows.push(...sheetTable(s), []);
  const sectionHeaderRow = rows.length + 2;
  rows.push(...tallyTable('By section', 'Section', s.bySection, s), []);
  rows.push(...tallyTable('By lead', 'Lead', s.byLead, s), []);
  const chart = sectionChart(s, sectionHeaderRow);
  padBelowChart(rows, chart);
  const latestColumn = latestUpdateColumn(s);
  rows.push(...needsAttention(s.late, latestColumn, links.linkSources ?? true), []);
  rows.push(...looksCompleteList(s.looksComplete, latestColumn, links.linkSources ?? true));
  return {
    kind: 'summary',
    name: place.name,
    replaces: place.replaces,
    rows,
    columnWidths: [48, ...new Array<number>(latestColumn - 2).fill(12), 60],
    freezeRows: 0,
    charts: chart ? [chart] : [],
  };
}

function planLines(s: PlanSummary, carryOverSheet: string | undefined): OutCell[][] {
  const carry = `${s.carryOver.length} action${s.carryOver.length === 1 ? '' : 's'} carry over to ${s.nextPeriodLabel}`;
  return [
    [text('Plan', { bold: true }), text(s.title)],
    [text('Plan period', { bold: true }), text(s.period)],
    [text('Reporting date', { bold: true }), text(s.asOf)],
    [text('RAG scheme', { bold: true }), text(s.scheme)],
    [text('Actions', { bold: true }), count(s.actionCount)],
    [
      text('Carry-over', { bold: true }),
      count(s.carryOver.length),
      carryOverSheet ? link(`${carry}: see "${carryOverSheet}"`, { sheet: carryOverSheet, cell: 'A1' }) : text(carry),
    ],
    // beside the totals: actions counted as not complete whose latest update reads as done
    [text(LOOKS_COMPLETE, { bold: true }), count(s.looksComplete.length), text(looksCompleteNote(s.looksComplete.length))],
  ];
}

function totalsTable(s: PlanSummary): OutCell[][] {
  const rows: OutCell[][] = [[text('Totals by RAG', { bold: true })], headerRow(['RAG', 'Actions', 'Share'])];
  s.columns.forEach((column, i) => {
    const n = s.totals[i] ?? 0;
    rows.push([ragLabel(column), count(n), percent(share(n, s.actionCount))]);
  });
  rows.push([text('Total', { bold: true }), count(s.actionCount, { bold: true }), percent(s.actionCount ? 1 : 0)]);
  return rows;
}

export const LOOKS_COMPLETE = 'Looks complete';
/** How many looks-complete actions the sheet lists (a long list belongs in Plan issues, not the board's summary). */
export const LOOKS_COMPLETE_LISTED = 100;

/**
 * What the looks-complete count means, for the line beside the totals.
 *
 * @example
 * looksCompleteNote(0) //=> 'no action reads as done without being marked Complete'
 * looksCompleteNote(2).startsWith('2 actions not marked Complete') //=> true
 */
export function looksCompleteNote(n: number): string {
  if (n === 0) return 'no action reads as done without being marked Complete';
  return `${n} action${n === 1 ? '' : 's'} not marked Complete whose latest update reads as done: see "${LOOKS_COMPLETE}" below`;
}

/** Name × RAG label counts, with row totals, % complete and a total row. */
function tallyTable(heading: string, nameHeader: string, table: TallyRow[], s: PlanSummary): OutCell[][] {
  const header = [
    text(nameHeader, { bold: true, fill: '#D9E1F2' }),
    ...s.columns.map((c) => ragLabel(c, { bold: true })),
    ...headerRow(['Total', '% complete']),
  ];
  const body = table.map((r) => [
    text(r.name, { wrap: true }),
    ...r.counts.map((n) => count(n)),
    count(r.total, { bold: true }),
    percent(share(r.complete, r.total)),
  ]);
  const totals = [
    text('Total', { bold: true }),
    ...s.totals.map((n) => count(n, { bold: true })),
    count(s.actionCount, { bold: true }),
    percent(share(s.completeCount, s.actionCount)),
  ];
  return [[text(heading, { bold: true })], header, ...body, totals];
}

/** Sheet × RAG label counts, as the section table, with each sheet's late and carried-over counts beside. */
function sheetTable(s: PlanSummary): OutCell[][] {
  const [heading, header, ...rest] = tallyTable('By sheet', 'Sheet', s.bySheet, s);
  const body = rest.slice(0, -1);
  const totals = rest[rest.length - 1]!;
  return [
    heading!,
    [...header!, ...headerRow(['Late', 'Carried over'])],
    ...body.map((row, i) => [...row, count(s.bySheet[i]!.late), count(s.bySheet[i]!.carriedOver)]),
    [...totals, count(s.late.length, { bold: true }), count(s.carryOver.length, { bold: true })],
  ];
}

/** Columns of the section table: name, one per RAG column, total, % complete. */
function tableWidth(s: PlanSummary): number {
  return 1 + s.columns.length + 2;
}

// the long "latest update" text gets a wide column of its own, right of the tables' columns
function latestUpdateColumn(s: PlanSummary): number {
  return Math.max(8, tableWidth(s) + 1);
}

/**
 * A stacked bar per section, one series per RAG label in the scheme's colours (plus
 * "Not assessed" where there are any), pointing at the section table's cells.
 */
function sectionChart(s: PlanSummary, headerRowNumber: number): ChartSpec | null {
  if (s.bySection.length === 0) return null;
  const seriesColumns = s.columns.filter((c, i) => c.label !== NOT_ASSESSED || c.colour !== null || (s.totals[i] ?? 0) > 0);
  return {
    type: 'stacked-bar',
    title: 'Actions by section and RAG',
    anchor: a1(headerRowNumber, tableWidth(s) + 1),
    data: { headerRow: headerRowNumber, categoryColumn: 1, categoryCount: s.bySection.length },
    categories: s.bySection.map((r) => r.name),
    series: seriesColumns.map((c) => {
      const i = s.columns.indexOf(c);
      return { name: c.label, colour: c.colour ?? NOT_ASSESSED_COLOUR, values: s.bySection.map((r) => r.counts[i] ?? 0) };
    }),
    widthPx: 640,
    heightPx: Math.max(260, 90 + 34 * s.bySection.length),
  };
}

/** Blank rows so the list below starts under the chart, not behind it. */
function padBelowChart(rows: OutCell[][], chart: ChartSpec | null): void {
  if (!chart) return;
  const bottom = chart.data.headerRow + Math.ceil(chart.heightPx / CHART_ROW_PX);
  while (rows.length < bottom + 1) rows.push([]);
}

/** The actions whose latest update reads as done but do not say Complete, with the words and a link to the progress cell. */
function looksCompleteList(all: LooksCompleteAction[], latestColumn: number, linkSources: boolean): OutCell[][] {
  if (all.length === 0) return [[text(`${LOOKS_COMPLETE}: none.`, { bold: true })]];
  // the board's page lists the first ones; the Plan issues sheet has every one (code looks-complete)
  const items = all.slice(0, LOOKS_COMPLETE_LISTED);
  const more = all.length - items.length;
  const heading = `${LOOKS_COMPLETE}: ${all.length} action${all.length === 1 ? '' : 's'} (write Complete in the progress if finished)`;
  const gap = (): OutCell[] => new Array<OutCell>(latestColumn - 6).fill(empty());
  const header = [...headerRow(['Action', 'Ref', 'Lead', 'Update of', 'Go to']), ...gap(), ...headerRow(['The update says'])];
  const rows = items.map((l) => [
    text(l.action, { wrap: true }),
    text(l.ref),
    text(l.owner, { wrap: true }),
    text(l.entry ?? ''),
    linkSources ? link(`${l.source.sheet}!${l.source.cell}`, l.source) : text(`${l.source.sheet}!${l.source.cell}`),
    ...gap(),
    text(shorten(l.words, LATEST_UPDATE_CHARS), { wrap: true }),
  ]);
  const rest = more > 0 ? [[text(`…and ${more} more: the Plan issues sheet lists every one (code looks-complete).`)]] : [];
  return [[text(heading, { bold: true })], header, ...rows, ...rest];
}

function needsAttention(late: LateAction[], latestColumn: number, linkSources: boolean): OutCell[][] {
  const heading = late.length === 0 ? 'Needs attention: no action is late.' : `Needs attention: ${late.length} late action${late.length === 1 ? '' : 's'}`;
  const gap = (): OutCell[] => new Array<OutCell>(latestColumn - 8).fill(empty());
  const header = [...headerRow(['Action', 'Ref', 'Lead', 'Due', 'Days late', 'RAG', 'Go to']), ...gap(), ...headerRow(['Latest update'])];
  const rows = late.map((l) => [
    text(l.action, { wrap: true }),
    text(l.ref),
    text(l.owner, { wrap: true }),
    text(l.due, { wrap: true }),
    count(l.daysLate),
    ragLabel(l.rag),
    linkSources ? link(`${l.source.sheet}!${l.source.cell}`, l.source) : text(`${l.source.sheet}!${l.source.cell}`),
    ...gap(),
    text(shorten(l.latestUpdate, LATEST_UPDATE_CHARS), { wrap: true }),
  ]);
  return [[text(heading, { bold: true })], ...(late.length ? [header, ...rows] : [])];
}
