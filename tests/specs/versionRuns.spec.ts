/**
 * One conformance run of every supported version against the embedded mock (`npm run conformance`, one
 * property run: ~10 s each), and two things it must show:
 * - `checksForVersion(v)` is every check whose required capabilities v has; it must be exactly what a run of v
 *   evaluates, or the report's coverage line ("N of M checks evaluated") miscounts and lists strays. (A few
 *   checks of the previews run only in repetitions, where the 300-request first pass has no room for their
 *   paths: a whole run, not a first-pass budget, is what evaluates them all.)
 * - The plan stays honest (issue 22): for every test of the plan, the first-pass requests it sent (summary.json
 *   `run.budget.firstPass`, counted by the budget ledger) against what the plan reserved for it (runner/plan.ts):
 *   within it (nothing overdrawn, so a small budget really checks every rule once before any twice), and not far
 *   above it (at most twice what it sent, or 10 more: the slack of what the server decides, a list's pages), so
 *   the coverage-first budget is not eaten by reservations nobody uses.
 */
import { expect, test } from '@playwright/test';
import { SUPPORTED_VERSIONS } from '../../schemas';
import { checksForVersion } from '../../checks';
import { loadConfig, planFor } from '../../runner';
import type { CliRun } from './run';
import { conformance } from './run';

/** How far a reservation may be above what its test sent: twice it, or this many more. */
const SLACK = 10;

test.describe.configure({ mode: 'parallel', timeout: 240_000 });

/** The checks the run evaluated are exactly those `checksForVersion` gives the version. */
function expectChecksOfVersion(run: CliRun, version: string): void {
  const checks = run.summary?.coverage.checks;
  expect(checks, 'a summary.json was written').toBeDefined();
  if (!checks) return;
  expect(checks.registered.sort()).toEqual(
    checksForVersion(version)
      .map((c) => c.name)
      .sort(),
  );
  expect(checks.unregistered, 'checks evaluated that the version does not register').toEqual([]);
  expect(checks.neverRun, 'registered checks no test of the version evaluates').toEqual([]);
  expect([...checks.checked, ...checks.skippedOnly].sort()).toEqual([...checks.registered].sort());
}

for (const version of SUPPORTED_VERSIONS) {
  test(`a run of ${version} on the embedded mock evaluates exactly checksForVersion(${version}), each test's first pass within its reservation (2x or +${SLACK})`, async () => {
    const env = { FACE_API_VERSION: version, FACE_NUM_RUNS: '1' };
    const planned = planFor(loadConfig(env)).filter((e) => !e.skipped);
    const run = await conformance(env);
    expect(run.code, run.out.slice(-2000)).toBe(0);
    expectChecksOfVersion(run, version);
    const budget = run.summary?.run.budget;
    expect(budget, 'the run reports its budget').toBeDefined();
    expect(budget?.overdrawn ?? {}, 'tests that sent more first-pass requests than reserved').toEqual({});
    const sent = budget?.firstPass ?? {};
    const high = planned
      .filter((e) => e.coverage > Math.max(2 * (sent[e.key] ?? 0), (sent[e.key] ?? 0) + SLACK))
      .map((e) => `${e.key}: reserved ${e.coverage}, sent ${sent[e.key] ?? 0}`);
    expect(high, 'reservations far above what the test sent').toEqual([]);
    // The first pass stays under the coverage-first cap (tests/specs/plan.spec.ts) as measured, not only as planned.
    const total = Object.values(sent).reduce((n, x) => n + x, 0);
    expect(total).toBeLessThan(300);
  });
}
