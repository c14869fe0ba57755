import { expect, test } from '@playwright/test';
import { FAULTS } from '../../mock/faults';
import { CONTRACT_VERSIONS, isGaVersion } from '../../schemas';
import { checksForVersion } from '../../checks';
import { EXPECTED_CHECK } from './expected';
import { runName, runSelfCheck } from './run';
import { TARGETS } from './targets';

test('every planted fault has an expected check, and every expected check names a fault', () => {
  expect(Object.keys(EXPECTED_CHECK).sort()).toEqual(FAULTS.map((f) => f.name).sort());
});

test('every preview version has a target per planted fault, a clean target and a clean expiry target', () => {
  for (const version of new Set(TARGETS.filter((t) => t.expect).map((t) => t.version))) {
    const names = TARGETS.filter((t) => t.version === version).map((t) => t.name);
    expect(new Set(names).size, `target names of ${version} are unique`).toBe(names.length);
    expect(names).toContain('clean');
  }
});

test('every check of every design has a planted fault proving it can fail', () => {
  const expected = (ga: boolean) =>
    new Set(TARGETS.filter((t) => t.expect && isGaVersion(t.version) === ga).map((t) => t.expect));
  // A run evaluates the checks its version's capabilities allow (checksForVersion), exchange checks included.
  for (const ga of [false, true]) {
    const proven = expected(ga);
    const checks = CONTRACT_VERSIONS.filter((v) => isGaVersion(v) === ga).flatMap((v) => checksForVersion(v));
    expect(checks.filter((c) => !proven.has(c.name)).map((c) => c.name)).toEqual([]);
  }
});

// One conformance run for every target (tests/selfcheck/run.ts): each fault must be reported by the check
// that names its rule (others may fail too, as consequences), and each clean target by none.
test('one conformance run reports every planted fault by its check, and no failure on a clean mock', async () => {
  test.setTimeout(15 * 60_000);
  const run = await runSelfCheck(TARGETS);
  const tail = run.output.slice(-3000);
  // 1: a test ended in error; on a fault target that can be a consequence of the fault (a property whose
  // replay no longer fails on a changed mock), so each target is judged below, clean ones with no error.
  expect([0, 1], `the self-check run ended with ${run.code}\n${tail}`).toContain(run.code);
  for (const target of TARGETS) {
    const name = runName(target);
    const result = run.results.get(name);
    expect.soft(result, `${name}: no test ran\n${tail}`).toBeDefined();
    if (!result) continue;
    const failed = [...result.failedChecks];
    if (target.expect) {
      const rule = FAULTS.find((f) => f.name === target.name)?.rule ?? '';
      expect.soft(failed, `${name} (${rule}) not reported by ${target.expect}`).toContain(target.expect);
    } else {
      expect.soft(failed, `${name}: a clean target reported failures`).toEqual([]);
      expect.soft(result.errors, `${name}: a clean target's tests failed`).toEqual([]);
      if (target.mustPass)
        expect.soft([...result.passedChecks], `${name}: ${target.mustPass} never passed`).toContain(target.mustPass);
    }
  }
  test.info().annotations.push({
    type: 'self-check',
    description: `${TARGETS.length} targets in ${run.seconds.toFixed(1)} s (${(run.seconds / TARGETS.length).toFixed(2)} s per target)`,
  });
});
