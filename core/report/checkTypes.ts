import type { Report } from './reportSchema';

/** Where an action's RAG lives in the plan, for Apply RAG. */
export interface RagCell {
  sheet: string;
  cell: string;
  /** 'text': a RAG column of labels; 'fill': the colour of a progress cell. */
  mode: 'text' | 'fill';
}

/** What the core knows of an action beyond the JSON contract: used to build the written sheets. */
export interface ActionDetail {
  /** A1 address of the action's first cell (the action text, else the ref). */
  cell: string;
  ragCell: RagCell | null;
  /** Days past the due end at the reporting date (late actions only). */
  daysLate: number | null;
  /** The latest progress entry (the newest dated update, or the whole text). */
  latestUpdate: string;
  /** The date of that entry where it is dated ("Update Mar 19" → 2019-03-01); null otherwise. */
  latestUpdateDate?: string | null;
  /** Why the action carries over: the progress or due words, or "due after the plan period". */
  carryOverReason: string | null;
}

export interface CheckResult {
  report: Report;
  /** One per report.actions entry, same order. */
  details: ActionDetail[];
  /** The scheme used, in full (labels, colours, statuses). */
  scheme: import('../rag/schemeSchema').RagScheme;
  /** Plain-English notes for the person running it that are not issues of the plan (e.g. a record PlanCheck could not use). */
  notes?: string[];
}
