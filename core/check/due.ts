import type { Issue } from '../issues/issueSchema';
import { compareIso } from '../dates/isoDate';
import { describeDue } from '../dates/describeDue';
import { firstWords } from '../text/cleanText';
import { defineCheck } from './check';

/** The due cell (PRODUCT §4): missing, unreadable, open-ended, holding several dates, outside the plan period. */
export const dueChecks = defineCheck({
  codes: ['missing-due-date', 'unparsed-due-date', 'no-fixed-due-date', 'multiple-due-dates', 'due-outside-plan-period'],
  action: ({ raw, due, dueReading: reading, dueIsError }, { ctx }, raise) => {
    if (raw.table.due === null || dueIsError) return [];
    const cell = raw.due?.address ?? null;
    const issues: Issue[] = [];
    if (!due.text.trim()) issues.push(raise('missing-due-date', cell));
    else if (reading?.unreadable) issues.push(raise('unparsed-due-date', cell, { text: firstWords(due.text, 8) }));
    if (due.kind === 'ongoing') issues.push(raise('no-fixed-due-date', cell, { text: firstWords(due.text, 8) }));
    if (reading?.multiple) issues.push(raise('multiple-due-dates', cell, { text: firstWords(due.text, 12), used: describeDue(due) }));
    if (due.end && compareIso(due.end, ctx.period.end) > 0) {
      issues.push(raise('due-outside-plan-period', cell, { due: describeDue(due), periodEnd: ctx.period.end }));
    } else if (due.end && compareIso(due.end, ctx.period.start) < 0) {
      issues.push(raise('due-outside-plan-period', cell, { due: describeDue(due), periodStart: ctx.period.start }));
    }
    return issues;
  },
});
