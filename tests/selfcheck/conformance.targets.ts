/**
 * The self-check's one conformance run: the suite's spec files registered once per target, each in a
 * describe block named after the target and pointed at its own mock by `suiteConfig`. Loaded by
 * tests/selfcheck/conformance.config.ts only (not a *.spec.ts file: the `self` project never runs it).
 */
import { test } from '../../specs/fixtures';
import { registerFor } from '../../specs/runConfig';
import type { SpecFile, TargetRun } from './conformance.config';
import { TARGETS_ENV } from './conformance.config';

const SPEC_FILES: Record<SpecFile, string> = {
  operations: require.resolve('../../specs/operations.spec'),
  lifecycle: require.resolve('../../specs/lifecycle.spec'),
  families: require.resolve('../../specs/families.spec'),
  expiry: require.resolve('../../specs/expiry.spec'),
  wholeSessions: require.resolve('../../specs/wholeSessions.spec'),
  attemptsLifecycle: require.resolve('../../specs/attemptsLifecycle.spec'),
  attemptsExpiry: require.resolve('../../specs/attemptsExpiry.spec'),
  attemptLimitAndSettings: require.resolve('../../specs/attemptLimitAndSettings.spec'),
};

const runs = JSON.parse(process.env[TARGETS_ENV] ?? '[]') as TargetRun[];

for (const run of runs) {
  test.describe(run.name, () => {
    test.use({ suiteConfig: run.config });
    // The spec files decide their tests from the configuration when they load: load them afresh for the
    // target's (the worker does the same, in the same order, so both see the same tests).
    registerFor(run.config, () => {
      for (const file of run.specs) {
        const path = SPEC_FILES[file];
        delete require.cache[path];
        // Loading afresh is the point here: a plain import runs a module once.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(path);
      }
    });
  });
}
