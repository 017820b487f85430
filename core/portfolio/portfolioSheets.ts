import type { CheckResult } from '../report/checkTypes';
import type { OutCell, SheetEdit, WorkbookEdits } from '../edits/editTypes';
import { count, headerRow, link, percent, text } from '../edits/cells';
import { textColourOn } from '../grid/colour';
import { longDate } from '../view/longDate';
import { markerRows } from '../edits/markerRows';
import { buildRagSummarySheet } from '../edits/ragSummarySheet';
import { placeSheet } from '../edits/sheetNames';
import { share } from '../view/planSummary';
import { STATUSES } from '../status/statusTypes';
import type { Portfolio, PortfolioPlan } from './portfolioSummary';

/**
 * The portfolio workbook (issue 18): a "Portfolio" sheet (every plan, the totals by status, the
 * late actions of every plan, the leads with most late actions) and one sheet per plan holding
 * its RAG summary, linked both ways. Every link points at a sheet of this workbook.
 */
export const PORTFOLIO_SHEET = 'Portfolio';
const BACK = 'Back to the Portfolio';

export const PORTFOLIO_PLAN_HEADER = [
  'Plan', 'File', 'Plan period', 'Reporting date', 'Actions', '% complete', 'Late', 'Looks complete',
  'Carried over', 'Errors', 'Latest update', 'RAG (the plan\'s own labels: count, share)',
];

/**
 * One plan's RAG summary as the portfolio workbook holds it: its late actions name their cells
 * as text, since the plan's own sheets are not in this workbook; a link leads back to the Portfolio.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * portfolioPlanSheet(result, 'plan.xlsx').name //=> 'plan.xlsx'
 */
export function portfolioPlanSheet(result: CheckResult, fileName: string): SheetEdit {
  return buildRagSummarySheet(result, { name: fileName, replaces: [] }, {
    fileName,
    linkSources: false,
    back: { label: BACK, to: { sheet: PORTFOLIO_SHEET, cell: 'A1' } },
  });
}

/**
 * The whole workbook: the Portfolio sheet first, then each plan's summary (from portfolioPlanSheet) in plan order.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const portfolio = summarisePortfolio([digestPlan(result, 'plan.xlsx')])
 * portfolioWorkbookEdits(portfolio, new Map([['plan.xlsx', portfolioPlanSheet(result, 'plan.xlsx')]])).sheets.map((s) => s.name) //=> ['Portfolio', 'plan']
 */
export function portfolioWorkbookEdits(portfolio: Portfolio, planSheets: Map<string, SheetEdit>): WorkbookEdits {
  const taken = [PORTFOLIO_SHEET];
  const sheetOf = new Map<string, string>();
  for (const p of portfolio.plans) {
    if (!planSheets.has(p.file)) continue;
    const name = placeSheet({ fileName: '', sheets: [] }, 'summary', p.file.replace(/\.[^.]+$/, ''), taken).name;
    taken.push(name);
    sheetOf.set(p.file, name);
  }
  const plans = portfolio.plans.flatMap((p) => {
    const sheet = planSheets.get(p.file);
    const name = sheetOf.get(p.file);
    return sheet && name ? [{ ...sheet, name, replaces: [] }] : [];
  });
  return { sheets: [portfolioSheet(portfolio, sheetOf), ...plans], deleteSheets: [], planCells: [] };
}

function portfolioSheet(portfolio: Portfolio, sheetOf: Map<string, string>): SheetEdit {
  const t = portfolio.totals;
  const asOf = t.reportingDates[t.reportingDates.length - 1] ?? '';
  const planCell = (title: string, file: string): OutCell => {
    const sheet = sheetOf.get(file);
    return sheet ? link(title, { sheet, cell: 'A1' }) : text(title);
  };
  const rows: OutCell[][] = [...markerRows('portfolio', 'Portfolio', asOf), []];
  rows.push(
    [text('Plans', { bold: true }), count(t.plans), text(portfolio.unreadable.length ? `${portfolio.unreadable.length} more could not be read (listed below)` : '')],
    [text('Reporting date', { bold: true }), text(t.reportingDates.map(longDate).join(', '))],
    [text('Actions', { bold: true }), count(t.actions)],
    [text('% complete', { bold: true }), percent(t.percentComplete)],
    [text('Late', { bold: true }), count(t.late)],
    [text('Looks complete', { bold: true }), count(t.looksComplete)],
    [text('Carried over', { bold: true }), count(t.carriedOver)],
    [text('Errors', { bold: true }), count(t.errors)],
    [text('Latest update', { bold: true }), text(t.latestUpdate ? longDate(t.latestUpdate) : 'none dated')],
    [],
  );

  rows.push([text('Totals by status (the plans\' schemes differ: the labels each gives are beside)', { bold: true })]);
  rows.push(headerRow(['Status', 'Actions', 'Share', 'Labels in the plans']));
  for (const s of STATUSES) {
    const n = t.byStatus[s];
    rows.push([text(s), count(n), percent(share(n, t.actions)), text(t.labelsByStatus[s].join(', ') || '(no label)')]);
  }
  rows.push([text('Total', { bold: true }), count(t.actions, { bold: true }), percent(t.actions ? 1 : 0)], []);

  rows.push([text('Plans', { bold: true })]);
  const headerAt = rows.length + 1;
  rows.push(headerRow(PORTFOLIO_PLAN_HEADER));
  for (const p of portfolio.plans) rows.push(planRow(p, planCell(p.title, p.file)));
  const lastPlanRow = rows.length;
  rows.push([]);

  if (portfolio.unreadable.length) {
    rows.push([text(`Not read: ${portfolio.unreadable.length} file${portfolio.unreadable.length === 1 ? '' : 's'}`, { bold: true })]);
    rows.push(headerRow(['File', 'Why']));
    for (const u of portfolio.unreadable) rows.push([text(u.file), text(u.error, { wrap: true })]);
    rows.push([]);
  }

  const late = portfolio.late;
  rows.push([text(late.length ? `Late actions: ${late.length}, most days late first` : 'Late actions: none', { bold: true })]);
  if (late.length) {
    rows.push(headerRow(['Plan', 'Ref', 'Action', 'Lead', 'Due', 'Days late', 'Cell']));
    for (const a of late) {
      rows.push([planCell(a.plan, a.file), text(a.ref), text(a.action, { wrap: true }), text(a.lead), text(a.due, { wrap: true }), count(a.daysLate), text(`${a.sheet}!${a.cell}`)]);
    }
  }
  rows.push([]);

  rows.push([text(portfolio.leads.length ? 'Leads with the most late actions' : 'Leads with late actions: none', { bold: true })]);
  if (portfolio.leads.length) {
    rows.push(headerRow(['Lead', 'Late actions', 'Plans']));
    for (const l of portfolio.leads) rows.push([text(l.lead), count(l.late), text(l.plans.join('; '), { wrap: true })]);
  }

  return {
    kind: 'portfolio',
    name: PORTFOLIO_SHEET,
    replaces: [],
    rows,
    columnWidths: [44, 24, 14, 16, 9, 11, 9, 14, 12, 9, 16, 60],
    freezeRows: 0,
    filter: { headerRow: headerAt, firstColumn: 1, lastColumn: PORTFOLIO_PLAN_HEADER.length, lastRow: lastPlanRow },
  };
}

function planRow(p: PortfolioPlan, title: OutCell): OutCell[] {
  return [
    title,
    text(p.file),
    text(p.period.label),
    text(longDate(p.asOf)),
    count(p.actions),
    percent(p.percentComplete),
    count(p.late),
    count(p.looksComplete),
    count(p.carriedOver),
    count(p.errors),
    text(p.latestUpdate ? longDate(p.latestUpdate) : ''),
    // the plan's own labels, each in its colour: schemes differ, so no column means the same in every plan
    ...p.rag.map((r) => {
      const words = `${r.label} ${r.count} (${Math.round(r.share * 100)}%)`;
      return r.colour ? text(words, { fill: r.colour, fontColour: textColourOn(r.colour) }) : text(words);
    }),
  ];
}
