/** What `plancheck portfolio` prints without --json: a line per plan, the totals, the latest late actions and leads. */
import type { Portfolio } from '../../core/index';
import { STATUSES } from '../../core/index';
import { safeText } from '../summaryText';

const LATE_SHOWN = 20;

const pct = (f: number) => `${Math.round(f * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function portfolioText(p: Portfolio): string {
  const t = p.totals;
  const lines: string[] = [`Portfolio: ${plural(t.plans, 'plan')}${p.unreadable.length ? ` (${p.unreadable.length} more could not be read)` : ''}, reporting date ${t.reportingDates.join(', ') || 'none'}`, ''];
  for (const plan of p.plans) {
    const rag = plan.rag.filter((r) => r.count > 0).map((r) => `${safeText(r.label)} ${r.count}`).join(', ') || 'no actions';
    lines.push(`  ${safeText(plan.title, 60)} (${safeText(plan.file, 60)}, ${safeText(plan.period.label)})`);
    lines.push(`    ${plural(plan.actions, 'action')}: ${rag}; ${pct(plan.percentComplete)} complete, ${plan.late} late, ${plan.looksComplete} look complete, ${plan.carriedOver} carried over, ${plural(plan.errors, 'error')}; latest update ${plan.latestUpdate ?? 'none dated'}`);
  }
  for (const u of p.unreadable) lines.push(`  ${safeText(u.file, 60)}: not read: ${safeText(u.error, 200)}`);
  lines.push('', `Totals: ${plural(t.actions, 'action')}, ${pct(t.percentComplete)} complete, ${t.late} late, ${t.looksComplete} look complete, ${t.carriedOver} carried over, ${plural(t.errors, 'error')}`);
  lines.push(`  by status: ${STATUSES.map((s) => `${s} ${t.byStatus[s]}${t.labelsByStatus[s].length ? ` (${t.labelsByStatus[s].map((l) => safeText(l)).join('/')})` : ''}`).join(', ')}`);
  if (p.late.length) {
    lines.push('', `Late actions: ${p.late.length}, most days late first${p.late.length > LATE_SHOWN ? ` (the first ${LATE_SHOWN}; --html or --out lists all)` : ''}`);
    for (const a of p.late.slice(0, LATE_SHOWN)) {
      lines.push(`  ${String(a.daysLate).padStart(5)} days  ${safeText(a.plan, 40)}  ${safeText(a.ref, 12)}  ${safeText(a.action, 60)}  (${safeText(a.lead, 40) || 'no lead named'})`);
    }
  }
  if (p.leads.length) {
    lines.push('', 'Leads with the most late actions');
    for (const l of p.leads) lines.push(`  ${String(l.late).padStart(4)}  ${safeText(l.lead, 50)} (${l.plans.map((x) => safeText(x, 40)).join('; ')})`);
  }
  return `${lines.join('\n')}\n`;
}
