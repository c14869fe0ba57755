import { expect, test } from '@playwright/test';
import { CONTRACT_VERSIONS } from '../../schemas';
import { checksForVersion } from '../../checks';
import { conformance } from './run';

test.describe.configure({ mode: 'parallel', timeout: 240_000 });

// checksForVersion(v) is every check whose required capabilities v has; it must be exactly what a run of v
// evaluates, or the report's coverage line ("N of M checks evaluated") miscounts and lists strays.
for (const version of CONTRACT_VERSIONS) {
  test(`a run of ${version} on the embedded mock evaluates exactly checksForVersion(${version})`, async () => {
    const run = await conformance({ FACE_API_VERSION: version });
    expect(run.code, run.out.slice(-2000)).toBe(0);
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
    expect(checks.checked.length).toBeLessThanOrEqual(checks.registered.length);
  });
}
