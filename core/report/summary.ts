import type { ActionReport, Issue, Report } from './reportSchema';
import type { RagScheme } from '../rag/schemeSchema';
import { STATUSES } from '../status/statusTypes';
import { zeroCounts } from '../keyed';

/** Counts per status, per RAG label (every label, zeros included) and per severity. */
export function summarise(actions: ActionReport[], issues: Issue[], scheme: RagScheme): Report['summary'] {
  const byStatus = zeroCounts(STATUSES);
  // a label may be called "__proto__" or "toString": counted like any other
  const byRag = zeroCounts(scheme.labels.map((l) => l.label));
  for (const a of actions) {
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    if (a.rag.computed) byRag[a.rag.computed] = (byRag[a.rag.computed] ?? 0) + 1;
  }
  const count = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  return { actions: actions.length, byStatus, byRag, errors: count('error'), warnings: count('warning'), infos: count('info') };
}
