import { defineConfig } from '@playwright/test';

const suite = process.env.LIVENESS_SUITE === '1';

/**
 * Two projects:
 * - `self`: the project's own tests (schemas, generators, mock, checks, reports), run by `npm test`;
 * - `conformance`: the conformance suite against a target, run by `npm run conformance`.
 */
export default defineConfig({
  fullyParallel: true,
  // Conformance runs only: the preflight and the run's request-budget server (specs/globalSetup.ts).
  globalSetup: './specs/globalSetup.ts',
  workers: 2,
  forbidOnly: !!process.env.CI,
  // Conformance runs (`npm run conformance` sets LIVENESS_SUITE=1): our report (progress, HTML, JSON,
  // JUnit in reports/conformance) plus Playwright's own HTML report beside it.
  reporter: suite
    ? [['./reports/reporter.ts'], ['html', { outputFolder: 'reports/playwright', open: 'never' }]]
    : process.env.CI
      ? [['list'], ['json', { outputFile: 'reports/self/results.json' }]]
      : [['list']],
  projects: [
    { name: 'self', testDir: './tests', timeout: 60_000 },
    { name: 'conformance', testDir: './specs', timeout: 120_000 },
  ],
});
