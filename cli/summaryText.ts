/**
 * The readable summary the command line prints without --json: file, plan period,
 * reporting date, scheme, counts per status and per RAG label (coloured chips on a
 * terminal), then the issues grouped by severity. Everything taken from a plan is made
 * safe for a terminal first: control characters and bidi overrides never reach it.
 */
import type { RagScheme, Report } from '../core/index';
import { hexToRgb, invisibleControls, STATUSES, textColourOn } from '../core/basics';

export interface SummaryOptions {
  /** Colour RAG labels with ANSI background colours. */
  colour: boolean;
  /** The scheme in full, where the report does not carry its labels. */
  scheme?: RagScheme | null;
}

// C0 controls (ESC included) as well as the invisible ones, each run one match
const UNPRINTABLE = new RegExp(`${invisibleControls('', '\\u0000-\\u001f').source}+`, 'gu');

/**
 * Text from a plan made safe to print: C0/C1 control characters (ESC included), DEL, line
 * and paragraph separators, bidi controls and U+FEFF (core/text/invisibleControls) become spaces,
 * runs of spaces one space.
 */
export function safeText(text: string | null | undefined, max = 0): string {
  if (text === null || text === undefined) return '';
  let s = String(text).replace(UNPRINTABLE, ' ');
  s = s.replace(/ {2,}/g, ' ').trim();
  if (max > 0 && s.length > max) s = `${s.slice(0, max - 1)}…`;
  return s;
}

const ESC = '\u001b[';

/** A label on its colour (truecolor ANSI), or the plain label. */
export function chip(label: string, colour: string | null | undefined, useColour: boolean): string {
  const text = safeText(label);
  const bg = colour ? hexToRgb(colour) : null;
  if (!useColour || !bg) return text;
  const fg = hexToRgb(textColourOn(colour!)) ?? [0, 0, 0];
  return `${ESC}48;2;${bg.join(';')}m${ESC}38;2;${fg.join(';')}m ${text} ${ESC}0m`;
}

function bold(s: string, useColour: boolean): string {
  return useColour ? `${ESC}1m${s}${ESC}22m` : s;
}

const SCHEME_SOURCE: Record<string, string> = {
  setting: 'as set',
  'workbook-key': "from the workbook's RAG key",
  default: 'the default',
};

const SEVERITY_HEADINGS = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Information'],
] as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary of one report, as lines of text ending in a newline. */
export function summaryText(report: Report, options: SummaryOptions): string {
  const c = options.colour;
  const lines: string[] = [];
  const file = safeText(report.file) || '(no file name)';
  if (report.error) {
    lines.push(`${bold(file, c)}: could not be read: ${safeText(report.error)}`);
    return `${lines.join('\n')}\n`;
  }
  const title = safeText(report.title ?? '', 120);
  lines.push(title ? `${bold(file, c)}  ${title}` : bold(file, c));
  const p = report.planPeriod;
  lines.push(`  Plan period     ${safeText(p.label)} (${p.start} to ${p.end})`);
  lines.push(`  Reporting date  ${report.asOf}`);
  const source = SCHEME_SOURCE[report.scheme.source] ?? report.scheme.source;
  lines.push(`  RAG scheme      ${safeText(report.scheme.name)} (${source})`);
  lines.push(`  Actions         ${report.summary.actions}`);

  const byStatus = report.summary.byStatus;
  const statusKeys = [...STATUSES.filter((s) => s in byStatus), ...Object.keys(byStatus).filter((k) => !(STATUSES as readonly string[]).includes(k))];
  const statusParts = statusKeys.filter((k) => (byStatus[k] ?? 0) > 0).map((k) => `${safeText(k)} ${byStatus[k]}`);
  lines.push(`  By status       ${statusParts.length ? statusParts.join(' · ') : 'none'}`);

  const labels = report.scheme.labels ?? options.scheme?.labels ?? [];
  const colourOf = new Map(labels.map((l) => [l.label, l.colour]));
  const byRag = report.summary.byRag;
  const ragKeys = [...labels.map((l) => l.label), ...Object.keys(byRag).filter((k) => !colourOf.has(k))];
  const seen = new Set<string>();
  const ragParts: string[] = [];
  for (const k of ragKeys) {
    if (seen.has(k)) continue;
    seen.add(k);
    ragParts.push(`${chip(k, colourOf.get(k), c)} ${byRag[k] ?? 0}`);
  }
  const notAssessed = byStatus['not-assessed'] ?? 0;
  if (notAssessed) ragParts.push(`not assessed ${notAssessed}`);
  lines.push(`  By RAG          ${ragParts.length ? ragParts.join('  ') : 'none'}`);

  const s = report.summary;
  lines.push(`  Issues          ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} for information`);

  const sheets = new Set(report.issues.map((i) => i.sheet).filter((x): x is string => !!x));
  const multiSheet = sheets.size > 1;
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (!issues.length) continue;
    lines.push('');
    lines.push(bold(`  ${heading} (${issues.length})`, c));
    const where = issues.map((i) => {
      const cell = i.cell ? safeText(i.cell) : '';
      const sheet = i.sheet ? safeText(i.sheet) : '';
      return multiSheet || !cell ? [sheet, cell].filter(Boolean).join('!') || '-' : cell;
    });
    const refs = issues.map((i) => safeText(i.ref ?? '', 16) || '-');
    const wWidth = Math.min(40, Math.max(...where.map((w) => w.length)));
    const rWidth = Math.max(...refs.map((r) => r.length));
    issues.forEach((i, k) => {
      lines.push(`    ${where[k]!.padEnd(wWidth)}  ${refs[k]!.padEnd(rWidth)}  ${safeText(i.code)}: ${safeText(i.message)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** The closing line for a folder: files checked, unreadable, and issue totals. */
export function folderTotalsText(reports: Report[]): string {
  const unreadable = reports.filter((r) => r.error).length;
  const checked = reports.length - unreadable;
  const sum = (k: 'errors' | 'warnings' | 'infos') => reports.reduce((n, r) => n + (r.error ? 0 : r.summary[k]), 0);
  const actions = reports.reduce((n, r) => n + r.summary.actions, 0);
  const parts = [`${plural(reports.length, 'file')}: ${checked} checked`];
  if (unreadable) parts.push(`${unreadable} could not be read`);
  return `${parts.join(', ')}; ${plural(actions, 'action')}, ${plural(sum('errors'), 'error')}, ${plural(sum('warnings'), 'warning')}, ${sum('infos')} for information\n`;
}
