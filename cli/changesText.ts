/**
 * What changed, as the command line prints it without --json: the counts per change, then one
 * line per change (change, ref, first words, before → after, where). Plan text is made safe
 * for a terminal (summaryText's safeText).
 */
import type { Changes } from '../core/index';
import { CHANGE_LABELS, changeCounts, changeDetail } from '../core/index';
import { safeText } from './summaryText';

/** At most this many change lines; the rest are counted (all are in --json, --html and the sheet). */
const MAX_LINES = 200;

export function changesText(changes: Changes): string {
  const from = changes.from === 'record' ? 'the last check' : safeText(changes.from, 80);
  const lines = [`  Changes since   ${changes.since} (${from})`];
  if (!changes.items.length) return `${lines[0]}: none\n`;
  lines.push(`                  ${changeCounts(changes).map((c) => `${c.label} ${c.count}`).join(' · ')}`);
  for (const c of changes.items.slice(0, MAX_LINES)) {
    const detail = changeDetail(c);
    const where = `${c.change === 'dropped' ? 'was ' : ''}${safeText(c.sheet, 40)}!${c.row}`;
    lines.push(`    ${CHANGE_LABELS[c.change].padEnd(16)} ${safeText(c.ref ?? '', 10).padEnd(6)} ${safeText(c.action, 60)}${detail ? `  ${safeText(detail, 100)}` : ''}  [${where}]`);
  }
  if (changes.items.length > MAX_LINES) lines.push(`    …and ${changes.items.length - MAX_LINES} more`);
  return `${lines.join('\n')}\n`;
}
