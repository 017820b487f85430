/**
 * The report's contract as zod schemas (PRODUCT §8): for the tests, and for a host that checks a
 * document it did not make. Kept out of core/index.ts so that no run builds the schemas it does
 * not use (the report a check returns is right by construction; tests/cli/reportContract shows it).
 */
export { reportSchema, changesSchema } from './report/reportSchema';
