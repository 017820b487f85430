import type { Portfolio, PortfolioPlan } from '../../core/index';
import { longDate, NOT_ASSESSED_COLOUR, share, shorten, STATUSES, textColourOn } from '../../core/index';
import { css, esc, htmlPage, niceStep, pct, STYLE } from './htmlReport';

/**
 * The portfolio as one self-contained HTML page (issue 18): no scripts, no external assets,
 * every piece of plan text escaped; a stacked bar per plan in its own scheme's colours, each
 * plan linking to its own report (a file beside this page); print styles for board papers.
 * Pure: no Node APIs.
 */
export interface PortfolioHtmlOptions {
  /** Per plan file, the href of its own report (relative to this page); plans without one are not linked. */
  reports?: Map<string, string>;
}

const EXTRA_STYLE = `
.bar a text { fill: #0563c1; text-decoration: underline; }
td.swatches { min-width: 240px; }
td.swatches span { display: inline-block; padding: 1px 6px; margin: 1px 4px 1px 0; border: 1px solid #bfbfbf; white-space: nowrap; }
.unread td { color: #8a1c1c; }
`;

export function buildPortfolioHtml(portfolio: Portfolio, options: PortfolioHtmlOptions = {}): string {
  const reports = options.reports ?? new Map<string, string>();
  const title = `Portfolio: ${portfolio.totals.plans} plan${portfolio.totals.plans === 1 ? '' : 's'}`;
  const body = [
    header(portfolio, title),
    chartSection(portfolio, reports),
    plansSection(portfolio, reports),
    statusSection(portfolio),
    lateSection(portfolio, reports),
    leadsSection(portfolio),
    unreadableSection(portfolio),
    `<footer>Written by PlanCheck. Each plan's figures are its own report's; totals are their sums.</footer>`,
  ].join('\n');
  return htmlPage(title, STYLE + EXTRA_STYLE, body);
}

function header(p: Portfolio, title: string): string {
  const t = p.totals;
  const dates = t.reportingDates.map(longDate).join(', ') || 'none';
  const facts = [
    `Reporting date: ${esc(dates)}`,
    `Actions: ${t.actions}`,
    `Complete: ${pct(t.percentComplete)}`,
    `Late: ${t.late}`,
    `Looks complete: ${t.looksComplete}`,
    `Carried over: ${t.carriedOver}`,
    `Errors: ${t.errors}`,
    `Latest update: ${esc(t.latestUpdate ? longDate(t.latestUpdate) : 'none dated')}`,
    ...(p.unreadable.length ? [`Not read: ${p.unreadable.length}`] : []),
  ];
  return `<header>
<h1>${esc(title)}</h1>
<p class="meta">${facts.map((f) => `<span>${f}</span>`).join(' ')}</p>
</header>`;
}

const CHART = { width: 1000, labelWidth: 300, bar: 22, gap: 10, top: 10, axis: 28, right: 20 };

/** A horizontal stacked bar per plan, one segment per label of that plan's own scheme. */
function chartSection(p: Portfolio, reports: Map<string, string>): string {
  if (!p.plans.length) return `<section>\n<h2>Plans by RAG</h2>\n<p class="empty">No plan could be read, so there is no chart.</p>\n</section>`;
  const max = Math.max(1, ...p.plans.map((x) => x.actions));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotWidth = CHART.width - CHART.labelWidth - CHART.right;
  const x = (n: number) => CHART.labelWidth + (n / top) * plotWidth;
  const axisY = CHART.top + p.plans.length * (CHART.bar + CHART.gap);
  const ticks: string[] = [];
  for (let n = 0; n <= top; n += step) {
    ticks.push(`<line x1="${x(n)}" y1="${CHART.top - 4}" x2="${x(n)}" y2="${axisY}" stroke="#d9d9d9"/><text x="${x(n)}" y="${axisY + 16}" text-anchor="middle">${n}</text>`);
  }
  const bars = p.plans.map((plan, i) => planBar(plan, i, x, reports.get(plan.file)));
  return `<section>
<h2>Plans by RAG</h2>
<p class="meta">Each bar is one plan's actions in its own scheme's colours (schemes differ between plans).</p>
<figure>
<svg class="chart" role="img" aria-label="Actions by plan and RAG" viewBox="0 0 ${CHART.width} ${axisY + CHART.axis}" width="100%">
<title>Actions by plan and RAG</title>
<g class="axis">${ticks.join('')}</g>
${bars.join('\n')}
</svg>
</figure>
</section>`;
}

function planBar(plan: PortfolioPlan, i: number, x: (n: number) => number, href: string | undefined): string {
  const y = CHART.top + i * (CHART.bar + CHART.gap);
  let done = 0;
  const segments: string[] = [];
  for (const r of plan.rag) {
    if (r.count === 0) continue;
    const colour = r.colour ?? NOT_ASSESSED_COLOUR;
    segments.push(`<rect x="${x(done).toFixed(1)}" y="${y}" width="${(x(done + r.count) - x(done)).toFixed(1)}" height="${CHART.bar}" fill="${css(colour)}" stroke="#fff" stroke-width="1"><title>${esc(`${plan.title}: ${r.label} ${r.count} (${pct(r.share)})`)}</title></rect>`);
    done += r.count;
  }
  const words = `<text x="${CHART.labelWidth - 8}" y="${y + CHART.bar / 2 + 4}" text-anchor="end">${esc(shorten(plan.title, 44))}</text>`;
  const label = href ? `<a href="${esc(href)}">${words}</a>` : words;
  return `<g class="bar" data-plan="${esc(plan.file)}"><title>${esc(`${plan.title}: ${plan.actions} actions`)}</title>${label}${segments.join('')}</g>`;
}

function planLink(title: string, file: string, reports: Map<string, string>): string {
  const href = reports.get(file);
  return href ? `<a href="${esc(href)}">${esc(title)}</a>` : esc(title);
}

function plansSection(p: Portfolio, reports: Map<string, string>): string {
  const rows = p.plans.map((plan) => {
    const labels = plan.rag
      .map((r) => {
        const style = r.colour ? ` style="background:${css(r.colour)};color:${textColourOn(r.colour)}"` : '';
        return `<span${style}>${esc(r.label)} ${r.count} (${pct(r.share)})</span>`;
      })
      .join('');
    return `<tr><td>${planLink(plan.title, plan.file, reports)}<br><small>${esc(plan.file)}</small></td><td>${esc(plan.period.label)}</td><td>${esc(longDate(plan.asOf))}</td><td class="n">${plan.actions}</td><td class="swatches">${labels}</td><td class="n">${pct(plan.percentComplete)}</td><td class="n">${plan.late}</td><td class="n">${plan.looksComplete}</td><td class="n">${plan.carriedOver}</td><td class="n">${plan.errors}</td><td>${esc(plan.latestUpdate ? longDate(plan.latestUpdate) : '')}</td></tr>`;
  });
  const t = p.totals;
  const total = `<tr class="total"><td>Total (${t.plans} plans)</td><td></td><td></td><td class="n">${t.actions}</td><td>by status below</td><td class="n">${pct(t.percentComplete)}</td><td class="n">${t.late}</td><td class="n">${t.looksComplete}</td><td class="n">${t.carriedOver}</td><td class="n">${t.errors}</td><td>${esc(t.latestUpdate ? longDate(t.latestUpdate) : '')}</td></tr>`;
  return `<section>
<h2>Plans</h2>
<table><thead><tr><th>Plan</th><th>Period</th><th>Reporting date</th><th class="n">Actions</th><th>RAG (the plan's own labels)</th><th class="n">% complete</th><th class="n">Late</th><th class="n">Looks complete</th><th class="n">Carried over</th><th class="n">Errors</th><th>Latest update</th></tr></thead>
<tbody>${rows.join('')}${total}</tbody></table>
</section>`;
}

function statusSection(p: Portfolio): string {
  const t = p.totals;
  const rows = STATUSES.map((s) => `<tr><td>${esc(s)}</td><td class="n">${t.byStatus[s]}</td><td class="n">${pct(share(t.byStatus[s], t.actions))}</td><td>${esc(t.labelsByStatus[s].join(', ') || '(no label)')}</td></tr>`);
  return `<section>
<h2>Totals by status</h2>
<table style="width:auto"><thead><tr><th>Status</th><th class="n">Actions</th><th class="n">Share</th><th>Labels in the plans' schemes</th></tr></thead>
<tbody>${rows.join('')}<tr class="total"><td>Total</td><td class="n">${t.actions}</td><td class="n">${pct(t.actions ? 1 : 0)}</td><td></td></tr></tbody></table>
</section>`;
}

function lateSection(p: Portfolio, reports: Map<string, string>): string {
  if (!p.late.length) return `<section>\n<h2>Late actions</h2>\n<p class="empty">No action in any plan is late.</p>\n</section>`;
  const rows = p.late.map((a) => `<tr><td>${planLink(a.plan, a.file, reports)}</td><td>${esc(a.ref)}</td><td>${esc(a.action)}</td><td>${esc(a.lead)}</td><td>${esc(a.due)}</td><td class="n">${a.daysLate}</td></tr>`);
  return `<section>
<h2>Late actions: ${p.late.length}, most days late first</h2>
<table><thead><tr><th>Plan</th><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th class="n">Days late</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

function leadsSection(p: Portfolio): string {
  if (!p.leads.length) return '';
  const rows = p.leads.map((l) => `<tr><td>${esc(l.lead)}</td><td class="n">${l.late}</td><td>${esc(l.plans.join('; '))}</td></tr>`);
  return `<section>
<h2>Leads with the most late actions</h2>
<table><thead><tr><th>Lead</th><th class="n">Late actions</th><th>Plans</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}

function unreadableSection(p: Portfolio): string {
  if (!p.unreadable.length) return '';
  const rows = p.unreadable.map((u) => `<tr class="unread"><td>${esc(u.file)}</td><td>${esc(u.error)}</td></tr>`);
  return `<section>
<h2>Not read: ${p.unreadable.length} file${p.unreadable.length === 1 ? '' : 's'}</h2>
<table><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}
