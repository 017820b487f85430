/**
 * The portfolio as JSON, written in pieces: exactly JSON.stringify(doc, null, 2), but never
 * one string holding all of it (the late list of hundreds of plans would be tens of MB).
 */
import type { Portfolio } from '../../core/portfolio/portfolioSummary';

const PIECE = 1 << 16;

/** The JSON document: the portfolio, each plan's late actions once (in `late`). */
export function portfolioDocument(p: Portfolio): Record<string, unknown> {
  return { version: 1, kind: 'portfolio', ...p, plans: p.plans.map(({ lateActions: _late, ...plan }) => plan) };
}

/** Writes the document followed by a newline, in pieces of about 64 KB. */
export function writeJson(doc: Record<string, unknown>, write: (text: string) => void): void {
  let buffer = '';
  const put = (s: string) => {
    buffer += s;
    if (buffer.length >= PIECE) {
      write(escapeForTerminal(buffer));
      buffer = '';
    }
  };
  const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
  put('{');
  keys.forEach((key, i) => {
    const value = doc[key];
    put(`${i ? ',' : ''}\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length) {
      put('[');
      value.forEach((item, j) => put(`${j ? ',' : ''}\n    ${indent(JSON.stringify(item ?? null, null, 2), '    ')}`));
      put('\n  ]');
    } else put(indent(JSON.stringify(value, null, 2), '  '));
  });
  put(keys.length ? '\n}\n' : '}\n');
  if (buffer) write(escapeForTerminal(buffer));
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/** C1 controls, line separators and bidi controls escaped too, as the validate command's JSON does. */
function escapeForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
