/**
 * JSON for a terminal or a pipe, written in pieces: the same text as JSON.stringify(value,
 * null, 2) (C1 controls, line separators, bidi controls and U+FEFF escaped too: core/text/invisibleControls), without building a
 * second copy of a 100 MB report in one string. Containers down to `streamDepth` are written
 * member by member; arrays there go in batches of elements, each batch one native stringify.
 */
import { invisibleControls } from '../core/basics';

const UNSAFE = invisibleControls('g');

function escapeUnsafe(s: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s) ? s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

const spaces = (depth: number): string => '  '.repeat(depth);

/**
 * `values` indented as elements of an array at `depth`, joined by ",\n", in one native stringify:
 * wrapped in `depth` arrays, JSON.stringify indents them itself, and the wrappers are sliced off
 * (no regex pass to re-indent).
 */
function elementsAt(values: readonly unknown[], depth: number): string {
  let wrapped: unknown = values;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let head = 0;
  let tail = 0;
  for (let k = 0; k <= depth; k++) {
    head += 2 * k + 2; // "  "×k "[" "\n"
    tail += 2 * k + 2; // "\n" "  "×k "]"
  }
  return text.slice(head, text.length - tail);
}

/** `value` as it reads after a member's key at `depth` (its first line unindented). */
function valueAt(value: unknown, depth: number): string {
  if (!depth) return JSON.stringify(value, null, 2) ?? 'null';
  return elementsAt([value], depth - 1).slice(2 * depth);
}

/** Writes `value` as indented JSON to `write`, in pieces of about `chunk` characters. */
export function writeJson(value: unknown, write: (text: string) => void, opts: { streamDepth?: number; chunk?: number } = {}): void {
  for (const piece of jsonPieces(value, opts)) write(piece);
}

/** `value` as indented JSON, piece by piece (a writer can wait for its stream between pieces). */
export function* jsonPieces(value: unknown, opts: { streamDepth?: number; chunk?: number } = {}): Generator<string> {
  const streamDepth = opts.streamDepth ?? 2;
  // pieces of tens of kilobytes: garbage the young generation collects at once (megabyte strings wait for a full collection)
  const chunk = opts.chunk ?? 64 * 1024;
  let pending = '';
  const put = function* (s: string): Generator<string> {
    pending += s;
    if (pending.length >= chunk) {
      yield escapeUnsafe(pending);
      pending = '';
    }
  };
  const isContainer = (v: unknown): v is object => v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
  const walk = function* (v: unknown, depth: number): Generator<string> {
    if (!isContainer(v) || depth >= streamDepth) return yield* put(valueAt(v, depth));
    const indent = spaces(depth);
    if (Array.isArray(v)) {
      if (!v.length) return yield* put('[]');
      yield* put('[\n');
      // batches sized from what the last one came to, so each is about one piece
      let size = 16;
      for (let i = 0; i < v.length; ) {
        const batch = v.slice(i, i + size);
        if (i) yield* put(',\n');
        i += batch.length;
        if (depth + 1 < streamDepth && batch.some(isContainer)) {
          yield* each(batch, depth);
          continue;
        }
        const text = elementsAt(batch, depth);
        yield* put(text);
        size = Math.max(1, Math.min(4096, Math.round((batch.length * chunk) / Math.max(1, text.length))));
      }
      return yield* put(`\n${indent}]`);
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol');
    if (!keys.length) return yield* put('{}');
    yield* put('{');
    for (let i = 0; i < keys.length; i++) {
      yield* put(`${i ? ',' : ''}\n${indent}  ${JSON.stringify(keys[i])}: `);
      yield* walk(o[keys[i]!], depth + 1);
    }
    yield* put(`\n${indent}}`);
  };
  // elements streamed one by one (deeper streaming asked for)
  const each = function* (batch: readonly unknown[], depth: number): Generator<string> {
    const inner = spaces(depth + 1);
    for (let j = 0; j < batch.length; j++) {
      yield* put(`${j ? ',\n' : ''}${inner}`);
      const x = batch[j];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') yield* put('null');
      else yield* walk(x, depth + 1);
    }
  };
  yield* walk(value, 0);
  if (pending) yield escapeUnsafe(pending);
}
