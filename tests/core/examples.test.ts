import path from 'path';
import ts from 'typescript';
import * as core from '../../core/index';

/**
 * Every function the core exports (core/index.ts) carries a date-fns-style `@example`, and each
 * example line written `expression //=> value` is run against the core and must give that value:
 * a newcomer's first reading of a function is never out of date.
 */
const INDEX = path.join(__dirname, '..', '..', 'core', 'index.ts');

interface Documented { name: string; examples: string[] }

function exportedFunctions(): Documented[] {
  const program = ts.createProgram([INDEX], { allowJs: false, noEmit: true, strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Function)) return [];
    const examples = symbol.getJsDocTags(checker).filter((t) => t.name === 'example').map((t) => ts.displayPartsToString(t.text));
    return [{ name: exported.getName(), examples }];
  });
}

/**
 * An example run as a script with the core's exports in scope: set-up lines run as written, and
 * each `expression //=> value` line gives a pair to compare. Examples are plain JavaScript.
 */
function runExample(example: string): { expression: string; actual: unknown; expected: unknown }[] {
  const body = example.split('\n').map((line) => {
    const m = /^(.+?)\s*\/\/=>\s*(.+)$/.exec(line.trim());
    return m ? `__pairs.push({ expression: ${JSON.stringify(m[1])}, actual: (${m[1]}), expected: (${m[2]}) });` : line;
  }).join('\n');
  const names = Object.keys(core);
  const pairs: { expression: string; actual: unknown; expected: unknown }[] = [];
  // the examples are the project's own doc comments, run as the reader would run them
  // eslint-disable-next-line no-new-func
  new Function(...names, '__pairs', body)(...names.map((n) => (core as Record<string, unknown>)[n]), pairs);
  return pairs;
}

describe("the core's public functions are documented by example", () => {
  const documented = exportedFunctions();
  test('finds the exported functions', () => expect(documented.length).toBeGreaterThan(10));
  test.each(documented.map((d) => [d.name, d] as const))('%s has an @example whose stated results hold', (_, d) => {
    expect(d.examples.length).toBeGreaterThan(0);
    const pairs = d.examples.flatMap(runExample);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect({ expression: p.expression, value: p.actual }).toEqual({ expression: p.expression, value: p.expected });
  });
});
