/**
 * A small hand-built plan and check result, so the sheet builders and writers can be tested
 * without the core: two plan sheets (a RAG column of labels; a RAG carried as a cell's fill),
 * text that looks like formulas, and a user's own "RAG summary" sheet.
 */
import type { Grid, GridSheet } from '../../core/grid/grid';
import type { ActionDetail, CheckResult } from '../../core/report/checkTypes';
import type { ActionReport, Issue } from '../../core/report/reportSchema';
import { FIVE } from '../../core/rag/builtInSchemes';

export const INJECTIONS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-1+1'];

export function sampleGrid(): Grid {
  const plan: GridSheet = {
    name: 'Plan',
    values: [
      ['Business Plan 2018-19'],
      [],
      ['Ref', 'Action', 'Lead', 'Date for completion', 'Outcome', 'Progress', 'RAG'],
      ['1.1', 'Establish a task and finish group to oversee the new arrangements', 'Lisa Morris', 'April 2018', 'Group set up', 'Complete', 'Grey'],
      ['1.2', 'Write the options paper', 'Task and Finish group', 'September 2018', '', 'Options paper drafted', 'Green'],
      ['1.3', INJECTIONS[0]!, INJECTIONS[1]!, 'Moved to new Strategic Plan', '', INJECTIONS[2]!, 'Blue'],
      ['2.1', 'Audit of section 11 returns', 'task and  finish group', 'February 2019', '', INJECTIONS[3]!, null],
      ['2.2', 'Review the threshold document', null, INJECTIONS[3]!, '', '', 'Purple'],
    ],
    fills: [[], [], [], [null, null, null, null, null, null, '#A6A6A6'], [null, null, null, null, null, null, '#00B050']],
  };
  const oldham: GridSheet = {
    name: 'Oldham 2018-19',
    values: [
      ['Objective', 'Date for completion', 'Who Responsible', 'Outcome', 'Measure', 'Progress & Evidence RAG'],
      [],
      ['3.1 Refresh the neglect strategy', 'March 2019', 'Neglect subgroup', '', '', 'Strategy drafted and out for consultation'],
    ],
    fills: [[], [], [null, null, null, null, null, '#FF0000']],
  };
  const userSummary: GridSheet = { name: 'RAG summary', values: [['My own notes'], ['keep me']] };
  return { fileName: 'plan.xlsx', sheets: [plan, oldham, userSummary] };
}

function issue(code: Issue['code'], severity: Issue['severity'], sheet: string | null, cell: string | null, ref: string | null, message: string): Issue {
  return { code, severity, sheet, cell, ref, message, args: {} };
}

interface ActionSpec {
  sheet: string;
  row: number;
  ref: string | null;
  section: string | null;
  action: string;
  owner: string | null;
  due: ActionReport['due'];
  progress: string;
  status: ActionReport['status'];
  given: string | null;
  computed: string | null;
  issues?: Issue[];
  detail: ActionDetail;
}

function action(s: ActionSpec): { report: ActionReport; detail: ActionDetail } {
  return {
    report: {
      sheet: s.sheet, row: s.row, ref: s.ref, parentRef: null, section: s.section, action: s.action, owner: s.owner,
      due: s.due, progress: s.progress, status: s.status, statusReason: `the sample says ${s.status}`,
      reading: { says: s.progress.trim() ? 'not-done' : 'no-update', words: null, entry: null },
      rag: { given: s.given, computed: s.computed }, issues: s.issues ?? [],
    },
    detail: s.detail,
  };
}

const month = (text: string, start: string, end: string): ActionReport['due'] => ({ text, kind: 'date', start, end });

export function sampleResult(): CheckResult {
  const mismatch = issue('rag-mismatch', 'warning', 'Plan', 'G5', '1.2', 'The RAG given is Green but the dates and progress make it Red (off-track).');
  const noOwner = issue('missing-owner', 'error', 'Plan', 'C8', '2.2', 'No lead is named for this action. Add the person or group responsible.');
  const badDue = issue('unparsed-due-date', 'error', 'Plan', 'D8', '2.2', `The due date "${INJECTIONS[3]}" has no date PlanCheck can read.`);
  const badRag = issue('invalid-rag', 'error', 'Plan', 'G8', '2.2', '"Purple" is not a RAG label of the five scheme.');
  const oldhamMismatch = issue('rag-mismatch', 'warning', 'Oldham 2018-19', 'F3', '3.1', 'The RAG given is Red but the dates and progress make it Green (on-track).');
  const noColumn = issue('missing-column', 'warning', 'Oldham 2018-19', 'A1', null, 'The table headed at row 1 has no RAG column.');
  const workbookLevel = issue('no-plan-table', 'error', null, null, null, 'No action table found in sheet "Notes".');
  const rows = [
    action({
      sheet: 'Plan', row: 4, ref: '1.1', section: '1. Priority: New arrangements', action: 'Establish a task and finish group to oversee the new arrangements',
      owner: 'Lisa Morris', due: month('April 2018', '2018-04-01', '2018-04-30'), progress: 'Complete', status: 'complete', given: 'Grey', computed: 'Grey',
      detail: { cell: 'B4', ragCell: { sheet: 'Plan', cell: 'G4', mode: 'text' }, daysLate: null, latestUpdate: 'Complete', carryOverReason: null },
    }),
    action({
      sheet: 'Plan', row: 5, ref: '1.2', section: '1. Priority: New arrangements', action: 'Write the options paper', owner: 'Task and Finish group',
      due: month('September 2018', '2018-09-01', '2018-09-30'), progress: 'Options paper drafted', status: 'off-track', given: 'Green', computed: 'Red', issues: [mismatch],
      detail: { cell: 'B5', ragCell: { sheet: 'Plan', cell: 'G5', mode: 'text' }, daysLate: 152, latestUpdate: 'Options paper drafted', carryOverReason: null },
    }),
    action({
      sheet: 'Plan', row: 6, ref: '1.3', section: '1. Priority: New arrangements', action: INJECTIONS[0]!, owner: INJECTIONS[1]!,
      due: { text: 'Moved to new Strategic Plan', kind: 'none', start: null, end: null }, progress: INJECTIONS[2]!, status: 'carried-over', given: 'Blue', computed: 'Blue',
      detail: { cell: 'B6', ragCell: { sheet: 'Plan', cell: 'G6', mode: 'text' }, daysLate: null, latestUpdate: INJECTIONS[2]!, carryOverReason: INJECTIONS[2]! },
    }),
    action({
      sheet: 'Plan', row: 7, ref: '2.1', section: '2. Priority: Quality assurance', action: 'Audit of section 11 returns', owner: 'task and  finish group',
      due: month('February 2019', '2019-02-01', '2019-02-28'), progress: INJECTIONS[3]!, status: 'at-risk', given: null, computed: 'Amber',
      detail: { cell: 'B7', ragCell: { sheet: 'Plan', cell: 'G7', mode: 'text' }, daysLate: 1, latestUpdate: INJECTIONS[3]!, carryOverReason: null },
    }),
    action({
      sheet: 'Plan', row: 8, ref: '2.2', section: '2. Priority: Quality assurance', action: 'Review the threshold document', owner: null,
      due: { text: INJECTIONS[3]!, kind: 'none', start: null, end: null }, progress: '', status: 'not-assessed', given: null, computed: null, issues: [noOwner, badDue, badRag],
      detail: { cell: 'B8', ragCell: { sheet: 'Plan', cell: 'G8', mode: 'text' }, daysLate: null, latestUpdate: '', carryOverReason: null },
    }),
    action({
      sheet: 'Oldham 2018-19', row: 3, ref: '3.1', section: null, action: 'Refresh the neglect strategy', owner: 'Neglect subgroup',
      due: month('March 2019', '2019-03-01', '2019-03-31'), progress: 'Strategy drafted and out for consultation', status: 'on-track', given: 'Red', computed: 'Green', issues: [oldhamMismatch],
      detail: { cell: 'A3', ragCell: { sheet: 'Oldham 2018-19', cell: 'F3', mode: 'fill' }, daysLate: null, latestUpdate: 'Strategy drafted and out for consultation', carryOverReason: null },
    }),
  ];
  const actions = rows.map((r) => r.report);
  const issues = [oldhamMismatch, noColumn, badRag, badDue, noOwner, mismatch, workbookLevel];
  return {
    report: {
      version: 1,
      file: 'plan.xlsx',
      title: 'Business Plan 2018-19',
      asOf: '2019-03-01',
      planPeriod: { label: '2018-19', start: '2018-04-01', end: '2019-03-31' },
      nextPeriod: { label: '2019-20', start: '2019-04-01', end: '2020-03-31' },
      scheme: { name: 'five', source: 'default' },
      actions,
      issues,
      summary: {
        actions: actions.length,
        byStatus: {},
        byRag: {},
        errors: issues.filter((i) => i.severity === 'error').length,
        warnings: issues.filter((i) => i.severity === 'warning').length,
        infos: 0,
      },
    },
    details: rows.map((r) => r.detail),
    scheme: FIVE,
  };
}
