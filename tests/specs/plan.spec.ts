import { expect, test } from '@playwright/test';
import { firstPerLabel, loadConfig, planFor, splitBoundaries } from '../../runner';
import { boundaryRequests, negativeRequests } from '../../generators';
import { SUPPORTED_VERSIONS } from '../../schemas';
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

for (const version of SUPPORTED_VERSIONS) {
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

// Coverage first (issue 23): the first pass of each version checks every documented rule once, in under 300
// requests; what repeats a rule (open cases, a JSON part's field rules checked on a JSON body) is repetition.
for (const version of SUPPORTED_VERSIONS) {
  test(`the first pass of ${version} stays under 300 requests`, () => {
    const plan = planFor(loadConfig({ FACE_API_VERSION: version }));
    const first = plan.filter((e) => !e.skipped).reduce((n, e) => n + e.coverage, 0);
    expect(first).toBeLessThan(300);
  });
}

test('open cases and a JSON part field rule already checked on a JSON body are repetitions, not first pass', () => {
  const op = 'createLivenessWithVerifySessionWithVerifyImage';
  const { first, again } = firstPerLabel(negativeRequests('v1.2-preview.1', op, { verifyImage: 'include' }));
  expect(first.filter((rc) => rc.violation?.documented === false)).toEqual([]);
  expect(again.some((rc) => rc.violation?.documented === false)).toBe(true);
  const scenarios = first.map((rc) => rc.violation?.scenario);
  expect(scenarios).toEqual(expect.arrayContaining(['malformed-json', 'missing-part', 'missing-credentials']));
  expect(first.filter((rc) => rc.violation?.pointer === '/authTokenTimeToLiveInSeconds')).toEqual([]);
  expect(again.map((rc) => rc.violation?.scenario)).toEqual(expect.arrayContaining(['below-minimum', 'non-integer']));
  // The JSON create keeps them in its first pass.
  const json = firstPerLabel(negativeRequests('v1.2-preview.1', 'createLivenessWithVerifySession')).first;
  expect(json.map((rc) => rc.violation?.scenario)).toEqual(expect.arrayContaining(['below-minimum', 'non-integer']));
});

test("a JSON part's bounds already checked on the same definition's JSON body are repetitions", () => {
  const multipart = 'createLivenessWithVerifySessionWithVerifyImage';
  const cases = boundaryRequests('v1.2-preview.1', multipart, { verifyImage: 'include' });
  const split = splitBoundaries('v1.2-preview.1', multipart, cases);
  expect(split.again.length).toBeGreaterThan(0);
  expect(split.first.filter((rc) => rc.label.includes(' part Parameters '))).toEqual([]);
  // The JSON create keeps them in its first pass.
  const json = boundaryRequests('v1.2-preview.1', 'createLivenessWithVerifySession');
  expect(splitBoundaries('v1.2-preview.1', 'createLivenessWithVerifySession', json)).toEqual({
    first: json,
    again: [],
  });
});
