import { defineConfig } from '@playwright/test';

/**
 * Two projects:
 * - `self`: the project's own tests (schemas, generators, mock, checks, reports), run by `npm test`;
 * - `conformance`: the conformance suite against a target, run by `npm run conformance`.
 */
export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/self/results.json' }]] : [['list']],
  projects: [
    { name: 'self', testDir: './tests', timeout: 60_000 },
    { name: 'conformance', testDir: './specs', timeout: 120_000 },
  ],
});
