// ESLint for the whole project (npm run lint): the same rules as the Excel add-in's
// (typescript-eslint's recommended set, no HTML from data, no eval) over core, cli, both
// hosts, tests, the test doubles (testing/), scripts and bench.
import excel from './excel-addin/eslint.config.mjs';

export default [
  { ignores: ['build/**', 'dist/**', 'dist-sheets/**', 'tests/output/**', 'node_modules/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...excel,
  {
    // the doubles mirror Apps Script and Office.js signatures, which use any
    files: ['tests/**/*.ts', 'testing/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
