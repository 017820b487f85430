import type { AssessedAction } from './assessAction';
import type { Issue } from '../issues/issueSchema';
import type { ActionReport } from '../report/reportSchema';
import type { ActionDetail } from '../report/checkTypes';

/** An action as the JSON report carries it (PRODUCT §8), with the issues its checks raised. */
export function actionReport(a: AssessedAction, issues: Issue[]): ActionReport {
  const { raw } = a;
  return {
    sheet: raw.sheet,
    row: raw.row,
    ref: raw.ref,
    parentRef: raw.parentRef,
    section: raw.section,
    action: raw.action,
    owner: a.ownerTyped || null,
    due: a.due,
    progress: a.progress.text.trim(),
    status: a.status.status,
    statusReason: a.status.reason,
    reading: a.update,
    rag: { given: a.rag.given, computed: a.rag.computed },
    issues,
  };
}

/** What the written sheets need of an action beyond the JSON. */
export function actionDetail(a: AssessedAction): ActionDetail {
  const { raw, status, progress } = a;
  const ragMode = raw.table.rag !== null ? 'text' : raw.table.ragInProgressFill ? 'fill' : null;
  return {
    cell: raw.actionCell,
    ragCell: ragMode && raw.rag ? { sheet: raw.sheet, cell: raw.rag.address, mode: ragMode } : null,
    daysLate: status.daysLate,
    latestUpdate: progress.latest.trim(),
    latestUpdateDate: progress.latestDate,
    carryOverReason: status.status === 'carried-over' ? status.carryOverReason : null,
  };
}
