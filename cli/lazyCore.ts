/**
 * The core and the readers, loaded on first use: --help, --version and argument mistakes
 * answer without loading zod, the core or ExcelJS.
 */
function lazy() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../core/check/checkWorkbook') as typeof import('../core/check/checkWorkbook')),
    ...(require('../core/rag/schemeSchema') as typeof import('../core/rag/schemeSchema')),
    ...(require('../core/settings/settings') as typeof import('../core/settings/settings')),
    ...(require('../core/status/statusTypes') as typeof import('../core/status/statusTypes')),
    ...(require('../core/errors') as typeof import('../core/errors')),
    ...(require('../core/grid/marker') as typeof import('../core/grid/marker')),
    ...(require('./readInput') as typeof import('./readInput')),
    ...(require('./summaryText') as typeof import('./summaryText')),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}
let loaded: ReturnType<typeof lazy> | null = null;

/** The core, the readers and the summary text, loaded once on first call. */
export const core = (): ReturnType<typeof lazy> => (loaded ??= lazy());
