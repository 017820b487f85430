/** --scheme: a built-in scheme name, or a scheme .json file validated in full (every mistake on one line). */
import { readFileSync } from 'fs';
import type { z } from 'zod';
import type { RagScheme } from '../core/index';
import { listWithin } from '../core/basics';
import { UsageError } from './cliIo';
import { core } from './lazyCore';
import { describeFsError, oneLine } from './readError';

export function loadScheme(arg: string): 'five' | 'three' | RagScheme {
  const name = arg.trim().toLowerCase();
  if (name === 'five' || name === 'three') return name;
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !/\.json$/i.test(arg)) {
      throw new UsageError(`--scheme "${arg}": use five, three or the path of a scheme file (.json)`);
    }
    throw new UsageError(`--scheme ${arg}: ${describeFsError(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${arg}: the scheme file is not valid JSON (${jsonErrorWhere(e, text)}): fix it, e.g. {"name": "board", "labels": [{"label": "Green", "colour": "#00B050", "statuses": ["on-track"]}, …]}`);
  }
  const r = core().ragSchemeSchema.safeParse(json);
  if (r.success) return r.data;
  // zod checks the scheme as a whole (a status on two labels, a status on none) only once each
  // label is well formed: check a repaired copy too, so that every mistake is on the one line
  let issues = r.error.issues;
  const repaired = core().ragSchemeSchema.safeParse(repairScheme(json));
  if (!repaired.success) {
    const known = new Set(issues.map((i) => i.message));
    issues = [...issues, ...repaired.error.issues.filter((i) => i.code === 'custom' && !known.has(i.message))];
  }
  throw new UsageError(`${arg}: ${describeSchemeIssues(issues, json)}`);
}

/** The scheme with malformed parts replaced by harmless ones (only to find the whole-scheme mistakes). */
function repairScheme(json: unknown): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const o = json as { name?: unknown; labels?: unknown };
  if (!Array.isArray(o.labels)) return json;
  const statuses = core().STATUSES as readonly string[];
  return {
    name: typeof o.name === 'string' && o.name.trim() ? o.name.slice(0, 60) : 'scheme',
    labels: o.labels.map((l: unknown, i: number) => {
      const x = (l && typeof l === 'object' ? l : {}) as { label?: unknown; statuses?: unknown };
      return {
        label: typeof x.label === 'string' && x.label.trim() ? x.label.slice(0, 40) : `label ${i + 1}`,
        colour: '#000000',
        statuses: Array.isArray(x.statuses) ? x.statuses.filter((s): s is string => typeof s === 'string' && statuses.includes(s)) : [],
      };
    }),
  };
}

function jsonErrorWhere(e: unknown, text: string): string {
  const msg = oneLine(e instanceof Error ? e.message : String(e), 160);
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

function describeSchemeIssues(issues: z.core.$ZodIssue[], json: unknown): string {
  const labels = (json as { labels?: unknown } | null)?.labels;
  const labelName = (i: number): string => {
    const l = Array.isArray(labels) ? (labels[i] as { label?: unknown } | undefined) : undefined;
    return typeof l?.label === 'string' && l.label.trim() ? ` ("${oneLine(l.label, 40)}")` : '';
  };
  const parts = issues.map((issue) => {
    const p = issue.path.map((x) => (typeof x === 'symbol' ? String(x) : x));
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is missing';
    if (issue.code === 'invalid_value' && p[0] === 'labels' && p[2] === 'statuses') {
      const given = p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k as string | number] : undefined), json);
      message = `${JSON.stringify(given)} is not a status: use ${core().STATUSES.join(', ')}`;
    }
    let where = '';
    if (p[0] === 'labels' && typeof p[1] === 'number') {
      where = `label ${p[1] + 1}${labelName(p[1])}`;
      const rest = p.slice(2);
      if (rest.length) where += ` ${rest.map((x, k) => (typeof x === 'number' ? `[${x}]` : `${k ? '.' : ''}"${x}"`)).join('')}`;
    } else if (p.length && !(p.length === 1 && p[0] === 'labels' && issue.code === 'custom')) {
      where = p.map((x) => (typeof x === 'number' ? `[${x}]` : `"${x}"`)).join('.');
    }
    return where ? `${where}${message.startsWith('is ') || message.startsWith('must ') || message.startsWith('needs ') ? ' ' : ': '}${message}` : message;
  });
  // a scheme of 10 000 bad labels: the first mistakes, then how many more
  return listWithin([...new Set(parts)], 330, '; ');
}
