/**
 * The plan stays honest (issue 22): for every supported version, one conformance run against the embedded
 * mock (`npm run conformance`, one property run, a budget of the planned first pass and the preflight's
 * few requests, so repetitions are mostly refused: ~5 s), and for every test of the plan the first-pass
 * requests it sent (summary.json `run.budget.firstPass`, counted by the budget ledger) against what the
 * plan reserved for it (runner/plan.ts):
 * - within it: nothing overdrawn, so a small budget really checks every rule once before any twice;
 * - not far above it: at most twice what it sent, or 10 more (the slack of what the server decides, a list's
 *   pages), so the coverage-first budget is not eaten by reservations nobody uses.
 */
import { expect, test } from '@playwright/test';
import { SUPPORTED_VERSIONS } from '../../schemas';
import { loadConfig, planFor } from '../../runner';
import { conformance } from './run';

/** How far a reservation may be above what its test sent: twice it, or this many more. */
const SLACK = 10;
/** Requests the budget allows beyond the planned first pass: the preflight's. */
const PREFLIGHT = 20;

test.describe.configure({ timeout: 120_000 });

for (const version of SUPPORTED_VERSIONS) {
  test(`the plan of ${version} reserves what each test's first pass sends, within 2x or +${SLACK}`, async () => {
    const env = { FACE_API_VERSION: version, FACE_NUM_RUNS: '1' };
    const planned = planFor(loadConfig(env)).filter((e) => !e.skipped);
    const first = planned.reduce((n, e) => n + e.coverage, 0);
    const run = await conformance({ ...env, FACE_REQUEST_BUDGET: String(first + PREFLIGHT) });
    expect(run.code, run.out).toBe(0);
    const budget = run.summary?.run.budget;
    expect(budget, 'the run reports its budget').toBeDefined();
    expect(budget?.overdrawn ?? {}, 'tests that sent more first-pass requests than reserved').toEqual({});
    // A first-pass request refused for the budget would go uncounted: an overdraft took what it needed.
    expect(budget?.refused.budget, 'first-pass requests refused: a test overdrew').toBe(0);
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
