import { expect, test } from '@playwright/test';
import { startMock } from '../../mock';
import { FAULTS } from '../../mock/faults';
import { API_VERSIONS } from '../../schemas';
import { EXPECTED_CHECK, NEEDS_EXPIRY } from './expected';
import { runConformance } from './run';

const KEY = 'selfcheck-key-0123456789abcdef';

/** Environment of a run against a mock at `url`; faults that need expiry get the opt-in expiry check. */
function envFor(url: string, version: string, expiry: boolean): Record<string, string> {
  return {
    FACE_ENDPOINT: url,
    FACE_API_KEY: KEY,
    FACE_API_VERSION: version,
    FACE_DEVICE_SIMULATION: 'true',
    ...(expiry ? { FACE_CHECK_EXPIRY_WAIT_MS: '300' } : {}),
  };
}

test('every planted fault has an expected check, and every expected check names a fault', () => {
  expect(Object.keys(EXPECTED_CHECK).sort()).toEqual(FAULTS.map((f) => f.name).sort());
});

for (const version of API_VERSIONS) {
  test.describe(`fault detection (${version})`, () => {
    test.describe.configure({ timeout: 180_000 });

    test('the clean mock passes with zero failures', async () => {
      const mock = await startMock({ key: KEY });
      try {
        const run = await runConformance(envFor(mock.url, version, false));
        expect([...run.failedChecks], run.output.slice(-2000)).toEqual([]);
        expect(run.code).toBe(0);
      } finally {
        await mock.close();
      }
    });

    test('the clean mock passes the opt-in token expiry check (fast clock)', async () => {
      const mock = await startMock({ key: KEY, timeScale: 1000 });
      try {
        const run = await runConformance(envFor(mock.url, version, true), ['-g', 'token expiry']);
        expect([...run.failedChecks], run.output.slice(-2000)).toEqual([]);
        expect(run.outcomes.flatMap((o) => o.outcomes).find((o) => o.check === 'tokenExpiresAfterTtl')?.passed).toBe(1);
      } finally {
        await mock.close();
      }
    });

    for (const fault of FAULTS) {
      const expected = EXPECTED_CHECK[fault.name];
      test(`${fault.name} is caught by ${expected}`, async () => {
        const expiry = NEEDS_EXPIRY.has(fault.name);
        const mock = await startMock({ key: KEY, faults: [fault.name], timeScale: expiry ? 1000 : 1 });
        try {
          const run = await runConformance(envFor(mock.url, version, expiry), expiry ? ['-g', 'token expiry'] : []);
          expect(
            [...run.failedChecks],
            `${fault.name} (${fault.rule}) not reported by ${expected}\n${run.output.slice(-1500)}`,
          ).toContain(expected);
          expect(run.code).toBe(1);
        } finally {
          await mock.close();
        }
      });
    }
  });
}
