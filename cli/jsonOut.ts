/**
 * JSON for a terminal or a pipe, written in pieces: the same text as JSON.stringify(value,
 * null, 2) (C1 controls, line separators and bidi controls escaped too), without building a
 * second copy of a 100 MB report in one string. Containers are written element by element
 * down to `streamDepth`; below it each element is stringified on its own.
 */

const UNSAFE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeUnsafe(s: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s) ? s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

/** Writes `value` as indented JSON to `write`, in pieces of about `chunk` characters. */
export function writeJson(value: unknown, write: (text: string) => void, opts: { streamDepth?: number; chunk?: number } = {}): void {
  const streamDepth = opts.streamDepth ?? 3;
  const chunk = opts.chunk ?? 1 << 20;
  let pending: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    pending.push(s);
    size += s.length;
    if (size >= chunk) flush();
  };
  const flush = (): void => {
    if (!pending.length) return;
    write(escapeUnsafe(pending.join('')));
    pending = [];
    size = 0;
  };
  const whole = (v: unknown, indent: string): string => {
    const s = JSON.stringify(v, null, 2);
    if (s === undefined) return 'null';
    return indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
  };
  const emit = (v: unknown, indent: string, depth: number): void => {
    const container = v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
    if (!container || depth >= streamDepth) {
      put(whole(v, indent));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (!v.length) return put('[]');
      put('[');
      v.forEach((x, i) => {
        put(i ? `,\n${inner}` : `\n${inner}`);
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') put('null');
        else emit(x, inner, depth + 1);
      });
      put(`\n${indent}]`);
      return;
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol');
    if (!keys.length) return put('{}');
    put('{');
    keys.forEach((k, i) => {
      put(`${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `);
      emit(o[k], inner, depth + 1);
    });
    put(`\n${indent}}`);
  };
  emit(value, '', 0);
  flush();
}
