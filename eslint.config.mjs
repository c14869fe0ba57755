// Lint: type-aware rules that matter for an async test suite (no floating promises), plus layer rules
// from ARCHITECTURE.md (schemas/ and generators/ never import specs/ or mock/).
import tseslint from 'typescript-eslint';

const layer = (from, forbidden) => ({
  files: [`${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/*`, `**/${f}`],
          message: `${from}/ must not import ${f}/ (see ARCHITECTURE.md)`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'reports/conformance/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer('schemas', ['generators', 'specs', 'mock', 'reports', 'cli']),
  layer('generators', ['specs', 'mock', 'reports', 'cli']),
  layer('mock', ['specs', 'generators', 'reports', 'cli']),
  layer('rules', ['generators', 'specs', 'mock', 'reports', 'cli', 'traffic']),
);
