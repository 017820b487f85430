import { foldForMatch } from '../text/cleanText';
import { BoundedMemo } from '../memo';

/**
 * Column roles, recognised from the words real plans put in their header cells
 * ("Date for completion", "Who Responsible / linked plan", "Progress & Evidence RAG" …).
 */
export type ColumnRole = 'ref' | 'action' | 'due' | 'owner' | 'progress' | 'rag' | 'describe' | 'section';

/** What a header cell says it holds. `alsoRag`: the RAG shares the cell with the progress. */
export interface HeaderRole {
  role: ColumnRole;
  alsoRag: boolean;
}

const RAG = /\b(rag|r ?a ?g|red amber green|rag status|rag rating|rating)\b/;
const STATUS = /^(current )?(status|rag status|overall status|progress status|status rag)$/;
const REF = /^(ref|refs|reference|ref no|ref number|no|number|item|item no|id|action no|action number|#|objective no|obj no)$/;
const DUE = /\b(by when|when|dates?|deadline|deadlines|timescales?|time ?scales?|time ?frames?|due|target dates?|completion|complete by|milestones?)\b/;
const OWNER = /\b(who|by whom|lead|leads|lead officer|responsible|responsibility|owner|owners|accountable|officer|lead agency|lead person)\b/;
const PROGRESS = /\b(progress|update|updates|commentary|comments?|evidence|current position|position statement|position|notes)\b/;
const ACTION = /\b(actions?|objectives?|tasks?|activit(y|ies)|what we will do|what will we do|what|deliverables?|description|recommendations?|key tasks?|work ?streams?|area of work|steps?)\b/;
const DESCRIBE = /\b(outcomes?|measures?|difference|how|impact|success|outputs?|resources?|indicators?|criteria|benefits?|links?|risks?|kpis?|targets?|aims?)\b/;
const SECTION = /^(key |strategic |business )?(priority|priorities|theme|strategic theme|strategic aim|aim|core function|workstream)( area| no| number)?$/;

/** The longest text a header cell holds ("What difference will it make …? How will we know?"). */
export const HEADER_CELL_MAX = 150;

const roles = new BoundedMemo<string, HeaderRole | null>(5000, (text) => roleOf(text));

/** The role of one header cell's text, or null where it names nothing PlanCheck reads. */
export function headerRole(text: string): HeaderRole | null {
  return roles.get(text);
}

function roleOf(text: string): HeaderRole | null {
  const t = foldForMatch(text);
  if (!t || t.length > HEADER_CELL_MAX) return null;
  const hasRag = RAG.test(t);
  if (hasRag) return { role: PROGRESS.test(t) ? 'progress' : 'rag', alsoRag: PROGRESS.test(t) };
  if (STATUS.test(t)) return { role: 'rag', alsoRag: false };
  if (REF.test(t) || /^ref\b/.test(t)) return { role: 'ref', alsoRag: false };
  if (SECTION.test(t)) return { role: 'section', alsoRag: false };
  // "What difference will it make …", "How this will be achieved": descriptive, whatever else they say
  const namesAction = /\b(actions?|objectives?|tasks?|activit(y|ies)|deliverables?)\b/.test(t);
  if (/\b(difference|how|success|outcomes?|measures?|impact)\b/.test(t) && !namesAction && !DUE.test(t) && !OWNER.test(t)) {
    return { role: 'describe', alsoRag: false };
  }
  // "Progress to date", "Progress update": the progress, whatever else they say
  if (/\bprogress\b/.test(t)) return { role: 'progress', alsoRag: false };
  if (OWNER.test(t) && !/\bwhat\b/.test(t)) return { role: 'owner', alsoRag: false };
  if (DUE.test(t)) return { role: 'due', alsoRag: false };
  if (PROGRESS.test(t)) return { role: 'progress', alsoRag: false };
  if (ACTION.test(t)) return { role: 'action', alsoRag: false };
  if (DESCRIBE.test(t)) return { role: 'describe', alsoRag: false };
  return null;
}
