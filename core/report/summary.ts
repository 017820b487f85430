import type { ActionReport, Issue, Report } from './reportSchema';
import type { RagScheme } from '../rag/schemeSchema';
import { STATUSES } from '../status/statusTypes';

/** Counts per status, per RAG label (every label, zeros included) and per severity. */
export function summarise(actions: ActionReport[], issues: Issue[], scheme: RagScheme): Report['summary'] {
  const byStatus: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const byRag: Record<string, number> = Object.fromEntries(scheme.labels.map((l) => [l.label, 0]));
  for (const a of actions) {
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    if (a.rag.computed) byRag[a.rag.computed] = (byRag[a.rag.computed] ?? 0) + 1;
  }
  const count = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  return { actions: actions.length, byStatus, byRag, errors: count('error'), warnings: count('warning'), infos: count('info') };
}
