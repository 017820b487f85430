// ESLint for the Excel add-in (and its tests): typescript-eslint's recommended rules plus a
// few that guard the pane's promises (no HTML from data, no eval). Run: npm run lint:excel
// (eslint-plugin-office-addins, office-addin-lint's rule set, is not installed here.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // the pane shows workbook text as text: never through innerHTML / outerHTML / insertAdjacentHTML / document.write
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent: cell text must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Use textContent: cell text must never be parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Use textContent: cell text must never be parsed as HTML.' },
        { object: 'document', property: 'write', message: 'Build elements with textContent instead.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-undef': 'off', // TypeScript checks names (Office, Excel are ambient)
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // the double mirrors Office.js signatures, which use any
    files: ['**/tests/excel/**/*.ts', '**/testing/excel/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
