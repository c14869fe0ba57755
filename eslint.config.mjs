// Lint: type-aware rules that matter for an async test suite (no floating promises), plus layer rules
// from ARCHITECTURE.md's import table (eslint.layers.mjs).
import tseslint from 'typescript-eslint';
import { layersConfig } from './eslint.layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'reports/conformance/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      '.stryker-tmp/**',
      'reports/mutation/**',
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
  layersConfig,
  {
    // The run's configuration is parsed once and handed down (specs/runConfig.ts): a spec never reads it again.
    files: ['specs/**/*.ts'],
    ignores: ['specs/globalSetup.ts', 'specs/runConfig.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='loadConfig']",
          message: "a spec reads the run's configuration with runConfig() (specs/runConfig.ts), never loadConfig()",
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "a spec reads the run's configuration with runConfig() (specs/runConfig.ts), never process.env",
        },
      ],
    },
  },
);
