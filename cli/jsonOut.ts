/**
 * JSON for a terminal or a pipe, written in pieces: the same text as JSON.stringify(value,
 * null, 2) (C1 controls, line separators, bidi controls and U+FEFF escaped too: core/text/invisibleControls), without building a
 * second copy of a 100 MB report in one string. Containers are written element by element
 * down to `streamDepth`; below it each element is stringified on its own.
 */
import { invisibleControls } from '../core/basics';

const UNSAFE = invisibleControls('g');

function escapeUnsafe(s: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s) ? s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

/** Writes `value` as indented JSON to `write`, in pieces of about `chunk` characters. */
export function writeJson(value: unknown, write: (text: string) => void, opts: { streamDepth?: number; chunk?: number } = {}): void {
  for (const piece of jsonPieces(value, opts)) write(piece);
}

/** `value` as indented JSON, piece by piece (a writer can wait for its stream between pieces). */
export function* jsonPieces(value: unknown, opts: { streamDepth?: number; chunk?: number } = {}): Generator<string> {
  const streamDepth = opts.streamDepth ?? 3;
  // small pieces: garbage the young generation collects at once (megabyte strings wait for a full collection)
  const chunk = opts.chunk ?? 32 * 1024;
  let pending: string[] = [];
  let size = 0;
  const ready: string[] = [];
  const put = (s: string): void => {
    pending.push(s);
    size += s.length;
    if (size >= chunk) flush();
  };
  const flush = (): void => {
    if (!pending.length) return;
    ready.push(escapeUnsafe(pending.join('')));
    pending = [];
    size = 0;
  };
  const whole = (v: unknown, indent: string): string => {
    const s = JSON.stringify(v, null, 2);
    if (s === undefined) return 'null';
    return indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
  };
  // containers down to streamDepth are written child by child; what is ready is handed on after each child
  const walk = function* (v: unknown, indent: string, depth: number): Generator<string> {
    const container = v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
    if (!container || depth >= streamDepth) {
      put(whole(v, indent));
      return;
    }
    const inner = `${indent}  `;
    const array = Array.isArray(v);
    const o = v as Record<string, unknown>;
    const keys = array ? [] : Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol');
    const count = array ? (v as unknown[]).length : keys.length;
    if (!count) return put(array ? '[]' : '{}');
    put(array ? '[' : '{');
    for (let i = 0; i < count; i++) {
      const x: unknown = array ? (v as unknown[])[i] : o[keys[i]!];
      put(`${i ? ',' : ''}\n${inner}${array ? '' : `${JSON.stringify(keys[i])}: `}`);
      if (array && (x === undefined || typeof x === 'function' || typeof x === 'symbol')) put('null');
      else yield* walk(x, inner, depth + 1);
      if (ready.length) yield* ready.splice(0);
    }
    put(`\n${indent}${array ? ']' : '}'}`);
  };
  yield* walk(value, '', 0);
  flush();
  yield* ready.splice(0);
}
