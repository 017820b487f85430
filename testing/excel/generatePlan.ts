/**
 * A generated plan of any length for the double, laid out as staff keep one: a title block,
 * a RAG key, one header row, section rows every 25 actions, and actions with refs, leads,
 * month-cell due dates (serials formatted "mmm-yy"), text due dates, progress notes of
 * realistic length (some with dated updates, some complete) and a RAG column of labels.
 */
import { SheetModel, WorkbookModel, cellAt, newSheet, newWorkbook } from './model';

const LEADS = ['Lisa Morris', 'Task and Finish group', 'Quality Assurance subgroup', 'Business Manager', 'Training subgroup', 'Health partners', ''];
const TEXT_DUES = ['March 2019', 'Ongoing', 'Sept 18', 'End of Nov 18', 'Q3 2018/19', 'TBC', 'April 2018 - March 2019'];
const PROGRESS = [
  'Complete. The new arrangements group met in April and the terms of reference were agreed by the Board.',
  'Update Dec 18: options paper developed and shared with partners. Update Feb 19: awaiting sign-off by the executive.',
  'Work has started; the audit tool has been drafted and will be completed by December.',
  '',
  'Carried over to 2019-20: the review was delayed by the inspection.',
  'Training sessions delivered to 140 staff across agencies; evaluation forms show improved confidence in using the threshold document.',
];
const RAGS = ['Green', 'Amber', 'Red', 'Grey', 'Blue', ''];

/** Serial of the first of a month, 1900 system. */
function monthSerial(year: number, month0: number): number {
  return Date.UTC(year, month0, 1) / 86400000 + 25569;
}

export function generatePlanSheet(rows: number, name = 'Business Plan 2018-19'): SheetModel {
  const s = newSheet(name);
  const put = (r: number, c: number, value: string | number, extra: Partial<ReturnType<typeof cellAt>> = {}) => {
    Object.assign(cellAt(s, r, c), { value, ...extra });
  };
  put(0, 0, 'Generated Local Safeguarding Children Board');
  put(1, 0, 'Business Plan 2018-19: progress report');
  put(3, 0, 'RAG: Green: if on or better than target; Amber: within tolerance; Red: off target; Grey: complete; Blue: carry over');
  const header = ['Ref', 'Action', 'Who Responsible', 'Date for completion', 'Outcome Measure', 'Progress & Evidence', 'RAG'];
  header.forEach((h, c) => put(5, c, h, { bold: true, fill: '#D9D9D9' }));
  let r = 6;
  let section = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 25 === 0) {
      section++;
      put(r, 0, `${section}. Priority: improving practice in area ${section}`, { bold: true });
      r++;
    }
    const ref = `${section}.${(i % 25) + 1}`;
    put(r, 0, ref);
    put(r, 1, `Establish and review arrangements for action ${i + 1}, reporting progress to the Board each quarter.`);
    const lead = LEADS[i % LEADS.length]!;
    if (lead) put(r, 2, lead);
    if (i % 3 === 0) put(r, 3, monthSerial(2018, 3 + (i % 12)), { numberFormat: 'mmm-yy' });
    else put(r, 3, TEXT_DUES[i % TEXT_DUES.length]!);
    put(r, 4, 'Audit shows improvement; multi-agency training attendance above 80%.');
    const progress = PROGRESS[i % PROGRESS.length]!;
    if (progress) put(r, 5, progress, { wrap: true });
    const rag = RAGS[i % RAGS.length]!;
    if (rag) put(r, 6, rag);
    r++;
  }
  s.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: 7 });
  return s;
}

export function generatePlanWorkbook(rows: number): WorkbookModel {
  return newWorkbook([generatePlanSheet(rows)], 'https://contoso.sharepoint.com/sites/lscb/Generated%20plan%202018-19.xlsx');
}
