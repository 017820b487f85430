/** The JSON written in pieces is the text JSON.stringify(value, null, 2) gives, unsafe characters escaped. */
import fc from 'fast-check';
import { writeJson } from '../../cli/jsonOut';

const UNSAFE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const expected = (v: unknown) => JSON.stringify(v, null, 2).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

function written(v: unknown, opts?: { streamDepth?: number; chunk?: number }): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJson(v, (t) => void pieces.push(t), opts);
  return { text: pieces.join(''), pieces: pieces.length };
}

test('any JSON value, at any streaming depth and piece size', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 64 }), (v, depth, chunk) => {
      expect(written(v, { streamDepth: depth, chunk }).text).toBe(expected(v));
    }),
    { numRuns: 300 },
  );
});

test('undefined members, empty containers, dates and unsafe characters as JSON.stringify has them', () => {
  const v = { a: undefined, b: [], c: {}, d: [undefined, 1], e: new Date(Date.UTC(2019, 2, 1)), f: 'line\u2028sep \u0085 \u202e bidi', g: [{ h: null }] };
  expect(written(v, { streamDepth: 9, chunk: 3 }).text).toBe(expected(v));
});

test('a large report is written in many pieces, none of them the whole', () => {
  const report = { version: 1, actions: Array.from({ length: 20000 }, (_, i) => ({ ref: `1.${i}`, action: 'x'.repeat(100), issues: [] })) };
  const out = written(report);
  expect(out.text).toBe(expected(report));
  expect(out.pieces).toBeGreaterThan(1);
});

test('printJson waits for a backed-up stream between pieces, and writes the same text', async () => {
  const { printJson } = await import('../../cli/print');
  const report = { version: 1, actions: Array.from({ length: 5000 }, (_, i) => ({ ref: `1.${i}`, action: 'y'.repeat(50) })) };
  let text = '';
  let waits = 0;
  let unsent = 0;
  const io = {
    out: (t: string) => {
      text += t;
      unsent += t.length;
    },
    err: () => undefined,
    isTTY: false,
    env: {},
    // a pipe that fills past 64 KB: each wait empties it
    drained: () => (unsent > 65536 ? new Promise<void>((resolve) => setImmediate(() => ((unsent = 0), waits++, resolve()))) : undefined),
  };
  await printJson(io, report as never);
  expect(text).toBe(`${expected(report)}\n`);
  expect(waits).toBeGreaterThan(3);
});
