// Type-aware linting for the whole project (STYLE.md 12).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The typed client's schema is generated (npm run generate:client), its build is output.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'data/',
      'artifacts/',
      'packages/client/dist/',
      'packages/client/src/schema.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/engine/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is a port (STYLE.md 2).',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is a port (STYLE.md 2).' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness is seeded (STYLE.md 2).',
        },
        { selector: "CallExpression[callee.name='setTimeout']", message: 'Timers go through the Scheduler port.' },
        { selector: "CallExpression[callee.name='setInterval']", message: 'Timers go through the Scheduler port.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'better-sqlite3',
            'kysely',
            'pg',
            'ioredis',
            'fastify',
            'socket.io',
            'node:fs',
            'fs',
            '../store/*/**',
            '../runtime/**',
          ],
        },
      ],
    },
  },
  {
    // The classic hook rules; the React Compiler's stricter rules are not adopted (no compiler here).
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['eslint.config.mjs', 'bin/**/*.mjs', 'scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
