import type { Changes, CheckResult, PlanSummary, RagColumn, TallyRow } from '../../core/index';
import { CHANGE_LABELS, changeCounts, changeWords, LOOKS_COMPLETE, looksCompleteNote, NOT_ASSESSED_COLOUR, share, shorten, summarisePlan, textColourOn } from '../../core/index';

/**
 * The board report as one self-contained HTML page: no scripts, no external assets, every
 * piece of plan text escaped; a stacked bar chart by section drawn as inline SVG; print
 * styles so it can go straight into board papers. Pure: no Node APIs.
 */
export function buildHtmlReport(result: CheckResult, options: { fileName?: string } = {}): string {
  const s = summarisePlan(result, options.fileName);
  const body = [
    header(s),
    totalsSection(s),
    // several plans in one workbook (one sheet per sub-group): a row each
    s.bySheet.length > 1 ? tallySection('By sheet', 'Sheet', s.bySheet, s) : '',
    sectionSection(s),
    tallySection('By lead', 'Lead', s.byLead, s),
    lateSection(s),
    looksCompleteSection(s),
    carryOverSection(s),
    ...(result.report.changes ? [changesSection(result.report.changes)] : []),
    footer(result),
  ].join('\n');
  return htmlPage(`RAG summary: ${s.title}`, STYLE, body);
}

/** A whole self-contained page: its title, its styles inline, the body in <main>. */
export function htmlPage(title: string, style: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The report's styles, shared with the portfolio page (cli/output/portfolioHtml). */
export const STYLE = `
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1f1f1f; margin: 0; background: #fff; font-size: 14px; line-height: 1.4; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #d9e1f2; padding-bottom: 4px; }
.meta { margin: 0; color: #444; }
.meta span { white-space: nowrap; margin-right: 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #bfbfbf; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #d9e1f2; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f2f2f2; }
table.counts { width: auto; min-width: 240px; }
.rag { font-weight: 600; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #7f7f7f; vertical-align: -1px; margin-right: 6px; }
.legend { list-style: none; padding: 0; margin: 4px 0 12px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
figure { margin: 8px 0; }
svg text { font-family: inherit; font-size: 12px; fill: #1f1f1f; }
.update { white-space: pre-line; }
.empty { color: #595959; font-style: italic; }
footer { margin-top: 32px; color: #595959; font-size: 12px; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure { break-inside: auto; }
  tr, figure svg { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

/** Text safe to place in HTML content and in quoted attributes. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function header(s: PlanSummary): string {
  return `<header>
<h1>${esc(s.title)}</h1>
<p class="meta"><span>Plan period: ${esc(s.period)}</span><span>Reporting date: ${esc(s.asOf)}</span><span>RAG scheme: ${esc(s.scheme)}</span><span>Actions: ${s.actionCount}</span><span>Carry-over: ${s.carryOver.length}</span></p>
</header>`;
}

/** A colour for a style attribute: only #RRGGBB gets through. */
export function css(colour: string): string {
  return /^#[0-9A-Fa-f]{6}$/.test(colour) ? colour : NOT_ASSESSED_COLOUR;
}

function ragCell(c: RagColumn): string {
  if (!c.colour) return `<td class="rag">${esc(c.label)}</td>`;
  return `<td class="rag" style="background:${css(c.colour)};color:${textColourOn(c.colour)}">${esc(c.label)}</td>`;
}

function ragHeader(c: RagColumn): string {
  if (!c.colour) return `<th class="n">${esc(c.label)}</th>`;
  return `<th class="n" style="background:${css(c.colour)};color:${textColourOn(c.colour)}">${esc(c.label)}</th>`;
}

export function pct(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function totalsSection(s: PlanSummary): string {
  const rows = s.columns.map((c, i) => {
    const n = s.totals[i] ?? 0;
    return `<tr>${ragCell(c)}<td class="n">${n}</td><td class="n">${pct(share(n, s.actionCount))}</td></tr>`;
  });
  return `<section>
<h2>Totals by RAG</h2>
<table style="width:auto"><thead><tr><th>RAG</th><th class="n">Actions</th><th class="n">Share</th></tr></thead>
<tbody>${rows.join('')}<tr class="total"><td>Total</td><td class="n">${s.actionCount}</td><td class="n">${pct(s.actionCount ? 1 : 0)}</td></tr>
<tr class="looks-complete"><td>${esc(LOOKS_COMPLETE)}</td><td class="n">${s.looksComplete.length}</td><td>${esc(looksCompleteNote(s.looksComplete.length))}</td></tr></tbody></table>
</section>`;
}

/** Not marked Complete, but the latest update reads as done (§5.1a): the words, and where to mark it. */
function looksCompleteSection(s: PlanSummary): string {
  const n = s.looksComplete.length;
  if (n === 0) return `<section>\n<h2>${esc(LOOKS_COMPLETE)}</h2>\n<p class="empty">No action reads as done without being marked Complete.</p>\n</section>`;
  const rows = s.looksComplete.map(
    (l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.action)}</td><td>${esc(l.owner)}</td><td>${esc(l.entry ?? '')}</td><td class="update">${esc(shorten(l.words, 600))}</td><td>${esc(`${l.source.sheet} ${l.source.cell}`)}</td></tr>`,
  );
  return `<section>
<h2>${esc(`${LOOKS_COMPLETE}: ${n} action${n === 1 ? '' : 's'}`)}</h2>
<p>Their latest update reads as done but does not say Complete. If an action is finished, write Complete in its progress so the RAG counts it.</p>
<table><thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Update of</th><th>The update says</th><th>Where</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

function tallyTable(nameHeader: string, table: TallyRow[], s: PlanSummary): string {
  const head = `<tr><th>${esc(nameHeader)}</th>${s.columns.map(ragHeader).join('')}<th class="n">Total</th><th class="n">% complete</th></tr>`;
  const body = table.map(
    (r) => `<tr><td>${esc(r.name)}</td>${r.counts.map((n) => `<td class="n">${n}</td>`).join('')}<td class="n"><b>${r.total}</b></td><td class="n">${pct(share(r.complete, r.total))}</td></tr>`,
  );
  const total = `<tr class="total"><td>Total</td>${s.totals.map((n) => `<td class="n">${n}</td>`).join('')}<td class="n">${s.actionCount}</td><td class="n">${pct(share(s.completeCount, s.actionCount))}</td></tr>`;
  return `<table><thead>${head}</thead><tbody>${body.join('')}${total}</tbody></table>`;
}

function tallySection(heading: string, nameHeader: string, table: TallyRow[], s: PlanSummary): string {
  return `<section>\n<h2>${esc(heading)}</h2>\n${tallyTable(nameHeader, table, s)}\n</section>`;
}

function sectionSection(s: PlanSummary): string {
  const chart = s.bySection.length ? `<figure>\n${legend(chartColumns(s))}\n${sectionChart(s)}\n</figure>` : '<p class="empty">No actions were found, so there is no chart.</p>';
  return `<section>\n<h2>By section</h2>\n${chart}\n${tallyTable('Section', s.bySection, s)}\n</section>`;
}

/** The RAG columns drawn in the chart: every scheme label, plus "Not assessed" where there are any. */
function chartColumns(s: PlanSummary): { column: RagColumn; index: number; colour: string }[] {
  return s.columns
    .map((column, index) => ({ column, index, colour: column.colour ?? NOT_ASSESSED_COLOUR }))
    .filter((c) => c.column.colour !== null || (s.totals[c.index] ?? 0) > 0);
}

function legend(columns: { column: RagColumn; colour: string }[]): string {
  const items = columns.map((c) => `<li><span class="swatch" style="background:${css(c.colour)}"></span>${esc(c.column.label)}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

const CHART = { width: 1000, labelWidth: 300, bar: 22, gap: 10, top: 10, axis: 28, right: 20 };

/** A horizontal stacked bar per section, one segment per RAG label, with a count axis. */
function sectionChart(s: PlanSummary): string {
  const columns = chartColumns(s);
  const max = Math.max(1, ...s.bySection.map((r) => r.total));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotWidth = CHART.width - CHART.labelWidth - CHART.right;
  const x = (n: number) => CHART.labelWidth + (n / top) * plotWidth;
  const height = CHART.top + s.bySection.length * (CHART.bar + CHART.gap) + CHART.axis;
  const bars = s.bySection.map((row, i) => sectionBar(row, i, columns, x));
  const axisY = CHART.top + s.bySection.length * (CHART.bar + CHART.gap);
  const ticks: string[] = [];
  for (let n = 0; n <= top; n += step) {
    ticks.push(`<line x1="${x(n)}" y1="${CHART.top - 4}" x2="${x(n)}" y2="${axisY}" stroke="#d9d9d9"/><text x="${x(n)}" y="${axisY + 16}" text-anchor="middle">${n}</text>`);
  }
  return `<svg class="chart" role="img" aria-label="Actions by section and RAG" viewBox="0 0 ${CHART.width} ${height}" width="100%">
<title>Actions by section and RAG</title>
<g class="axis">${ticks.join('')}</g>
${bars.join('\n')}
</svg>`;
}

function sectionBar(row: TallyRow, i: number, columns: { column: RagColumn; index: number; colour: string }[], x: (n: number) => number): string {
  const y = CHART.top + i * (CHART.bar + CHART.gap);
  let done = 0;
  const segments: string[] = [];
  const parts: string[] = [];
  for (const c of columns) {
    const n = row.counts[c.index] ?? 0;
    if (n === 0) continue;
    parts.push(`${c.column.label} ${n}`);
    segments.push(`<rect x="${x(done).toFixed(1)}" y="${y}" width="${(x(done + n) - x(done)).toFixed(1)}" height="${CHART.bar}" fill="${css(c.colour)}" stroke="#fff" stroke-width="1"><title>${esc(`${row.name}: ${c.column.label} ${n}`)}</title></rect>`);
    done += n;
  }
  const label = `<text x="${CHART.labelWidth - 8}" y="${y + CHART.bar / 2 + 4}" text-anchor="end">${esc(shorten(row.name, 44))}</text>`;
  return `<g class="bar" data-section="${esc(row.name)}"><title>${esc(`${row.name}: ${parts.join(', ')} (${row.total})`)}</title>${label}${segments.join('')}</g>`;
}

export function niceStep(max: number): number {
  const rough = max / 8;
  const pow = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((m) => m * pow).find((v) => v >= rough) ?? pow * 10;
}

function lateSection(s: PlanSummary): string {
  if (s.late.length === 0) return `<section>\n<h2>Needs attention</h2>\n<p class="empty">No action is late.</p>\n</section>`;
  const rows = s.late.map(
    (l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.action)}</td><td>${esc(l.owner)}</td><td>${esc(l.due)}</td><td class="n">${l.daysLate ?? ''}</td>${ragCell(l.rag)}<td class="update">${esc(shorten(l.latestUpdate, 600))}</td><td>${esc(`${l.source.sheet} ${l.source.cell}`)}</td></tr>`,
  );
  return `<section>
<h2>Needs attention: ${s.late.length} late action${s.late.length === 1 ? '' : 's'}</h2>
<table><thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th class="n">Days late</th><th>RAG</th><th>Latest update</th><th>Where</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

function carryOverSection(s: PlanSummary): string {
  const heading = `Carry-over to ${s.nextPeriodLabel}: ${s.carryOver.length} action${s.carryOver.length === 1 ? '' : 's'}`;
  if (s.carryOver.length === 0) return `<section>\n<h2>${esc(heading)}</h2>\n<p class="empty">No action carries over.</p>\n</section>`;
  const rows = s.carryOver.map(
    (c) => `<tr><td>${esc(c.ref)}</td><td>${esc(c.action)}</td><td>${esc(c.owner)}</td><td>${esc(c.due)}</td><td>${esc(shorten(c.reason, 300))}</td><td>${esc(`${c.source.sheet} ${c.source.cell}`)}</td></tr>`,
  );
  return `<section>
<h2>${esc(heading)}</h2>
<table><thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Original due</th><th>Reason</th><th>Where</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

/** What changed since the last check (PRODUCT §7a): the counts per change first, then each change. */
function changesSection(changes: Changes): string {
  const from = changes.from === 'record' ? 'the last check' : changes.from;
  const heading = `Changes since ${changes.since}`;
  if (changes.items.length === 0) return `<section>\n<h2>${esc(heading)}</h2>\n<p class="empty">Nothing changed since ${esc(from)}.</p>\n</section>`;
  const counts = changeCounts(changes).map((c) => `<tr><td>${esc(c.label)}</td><td class="n">${c.count}</td></tr>`);
  const rows = changes.items.map((c) => {
    const w = changeWords(c);
    const where = `${c.change === 'dropped' ? 'was ' : ''}${c.sheet} row ${c.row}`;
    return `<tr><td>${esc(CHANGE_LABELS[c.change])}</td><td>${esc(c.section)}</td><td>${esc(c.ref)}</td><td>${esc(c.action)}</td><td>${esc(w.before)}</td><td>${esc(w.after)}</td><td class="n">${c.days ?? ''}</td><td>${esc(where)}</td></tr>`;
  });
  return `<section>
<h2>${esc(heading)}: ${changes.items.length} change${changes.items.length === 1 ? '' : 's'}</h2>
<p class="meta">Compared with ${esc(from)}.</p>
<table class="counts"><thead><tr><th>Change</th><th class="n">Actions</th></tr></thead>
<tbody>${counts.join('')}</tbody></table>
<table><thead><tr><th>Change</th><th>Section</th><th>Ref</th><th>Action</th><th>Before</th><th>After</th><th class="n">Days</th><th>Where</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

function footer(result: CheckResult): string {
  const { summary, asOf, file } = result.report;
  return `<footer>Written by PlanCheck from ${esc(file)} for the reporting date ${esc(asOf)}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} info (see the Plan issues sheet).</footer>`;
}
