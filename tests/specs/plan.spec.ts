import { expect, test } from '@playwright/test';
import { loadConfig, planFor } from '../../runner';
import { startMock } from '../../mock';
import { conformance, recordingProxy, runCli } from './run';

const KEY = 'plan-test-key-0123456789abcdef01';

test.describe.configure({ timeout: 120_000 });

test('--plan prints every test with its first-pass and repetition requests, and sends nothing', async () => {
  const mock = await startMock({ key: KEY });
  const proxy = await recordingProxy(mock.url);
  try {
    const run = await conformance({ FACE_ENDPOINT: proxy.url, FACE_API_KEY: KEY, FACE_REQUEST_BUDGET: '100' }, [
      '--plan',
    ]);
    expect(run.code, run.out).toBe(0);
    expect(proxy.seen).toEqual([]);
    expect(run.out).toContain('createLivenessSession › negative: invalid requests are refused');
    expect(run.out).toMatch(/budget 100: the first pass needs ~\d+; some checks will be reported "not run \(budget\)"/);
  } finally {
    await proxy.close();
    await mock.close();
  }
});

for (const version of ['v1.1-preview.1', 'v1.2-preview.1', 'v1.2', 'v1.3-preview.1']) {
  test(`the plan's keys are the suite's test names (${version}), so every first pass is reserved`, async () => {
    const listed = await runCli(
      ['test', '--project=conformance', '--list', '--reporter=list'],
      { FACE_API_VERSION: version },
      'playwright',
    );
    expect(listed.code, listed.out).toBe(0);
    // `--list` lines: "  [conformance] › file.spec.ts:12:3 › describe › title"
    const names = listed.out
      .split('\n')
      .filter((l) => l.includes('[conformance] ›'))
      .map((l) => l.split(' › ').slice(2).join(' › ').trim())
      .sort();
    const keys = planFor(loadConfig({ FACE_API_VERSION: version }))
      .map((e) => e.key)
      .sort();
    expect(keys).toEqual(names);
  });
}
