import { isPlaceholderOwner } from './owner';
import type { Issue } from '../issues/issueSchema';
import { daysBetween } from '../dates/isoDate';
import { describeDue } from '../dates/describeDue';
import { isEmptyProgress } from '../status/progressText';
import { defineCheck } from './check';

/** The progress update (PRODUCT §5.1a): none though the action is late, reading as done, or out of date. */
export const progressChecks = defineCheck({
  codes: ['missing-progress', 'looks-complete', 'stale-progress'],
  action: ({ raw, due, status, progress, update, ownerText }, { ctx }, raise) => {
    const cell = raw.progress?.address ?? null;
    // a placeholder lead ("TBC") is nobody to ask
    const owner = ownerText && !isPlaceholderOwner(ownerText) ? ownerText : 'the lead';
    const issues: Issue[] = [];
    const late = status.daysLate !== null && status.daysLate > 0 && (status.status === 'at-risk' || status.status === 'off-track');
    if (raw.table.progress.length && late && isEmptyProgress(progress.text)) {
      issues.push(raise('missing-progress', cell, { due: describeDue(due), owner }));
    }
    if (status.status !== 'complete' && update.says === 'done') {
      const words = update.words ?? '';
      issues.push(raise('looks-complete', cell, progress.latestDateText ? { date: progress.latestDateText, words } : { words }));
    }
    if (progress.latestDate && daysBetween(progress.latestDate, ctx.asOf) > ctx.stalenessDays) {
      issues.push(raise('stale-progress', cell, { updated: progress.latestDate, days: ctx.stalenessDays, owner }));
    }
    return issues;
  },
});
