import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMock } from '../../mock';
import { FAULTS, faultSet } from '../../mock/faults';
import { faultsTable } from '../../mock/writeFaultsTable';
import { API_VERSIONS } from '../../schemas';
import { MockClient } from './client';
import { PROBES } from './faultProbes';
import { expect, test } from './fixtures';

/** Probe mocks run 1000 times faster than real time, so the expiry probe waits milliseconds. */
const TIME_SCALE = 1000;
/** The faults of the v1.2-preview.1 create options (seed 003), which v1.1-preview.1 has not. */
const V12_OPTION_FAULT =
  /^(session-image-(not|always)-stored|verify-image-hash-(not|always)-returned|model-version-ignored|unknown-session-image-500)$/;

test('the catalogue has at least 30 faults in every category, each citing a CONTRACT.md rule', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(FAULTS.map((f) => f.name)).size).toBe(FAULTS.length);
  expect(new Set(FAULTS.map((f) => f.category)).size).toBe(10);
  for (const f of FAULTS) expect(f.rule).toMatch(/§\d/);
  expect(() => faultSet(['no-such-fault'])).toThrow(/unknown fault "no-such-fault"; known faults: status-lowercase/);
});

test('mock/FAULTS.md is in sync with mock/faults.ts (regenerate: npx tsx mock/writeFaultsTable.ts)', () => {
  expect(readFileSync(join(__dirname, '..', '..', 'mock', 'FAULTS.md'), 'utf8')).toBe(faultsTable());
});

test('a mock without faults shows none of the deviations', async () => {
  const mock = await startMock({ timeScale: TIME_SCALE });
  try {
    for (const version of API_VERSIONS) {
      for (const [name, probe] of Object.entries(PROBES)) {
        mock.reset();
        expect(await probe(new MockClient(mock, version)), `${name} seen without the fault (${version})`).toBe(false);
      }
    }
  } finally {
    await mock.close();
  }
});

for (const fault of FAULTS) {
  const { name, category } = fault;
  // A fault of a v1.2-preview.1 create option or of its Get Session Image shows in that version only; the others in both.
  const versions = API_VERSIONS.filter((v) => v === 'v1.2-preview.1' || !name.match(V12_OPTION_FAULT));
  test(`fault ${name} (${category}) is visible from outside in ${versions.join(' and ')}`, async () => {
    const mock = await startMock({ faults: [name], timeScale: TIME_SCALE });
    try {
      for (const version of versions) {
        mock.reset();
        expect(await PROBES[name](new MockClient(mock, version)), `${name} not seen (${version})`).toBe(true);
      }
    } finally {
      await mock.close();
    }
  });
}
