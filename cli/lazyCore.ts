/**
 * The core and the readers, loaded on first use: --help, --version and argument mistakes
 * answer without loading zod, the core or ExcelJS.
 */
function lazy() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../core/index') as typeof import('../core/index')),
    ...(require('./readInput') as typeof import('./readInput')),
    ...(require('./summaryText') as typeof import('./summaryText')),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}
let loaded: ReturnType<typeof lazy> | null = null;

/** The core, the readers and the summary text, loaded once on first call. */
export const core = (): ReturnType<typeof lazy> => (loaded ??= lazy());
