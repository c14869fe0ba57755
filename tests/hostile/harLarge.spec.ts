import { expect, test } from '@playwright/test';
import { largeHar } from '../../bench/largeHar';
import { RAW_CONTROL, caseDir, entry, har, hostileRun, writeHar } from './harFixtures';

// Timing is measured by `npm run bench:traffic` (10k vs 100k entries, one run), never asserted here.

test('a 10 000-entry HAR gives a readable, bounded report: failures capped per check with "and N more"', () => {
  test.setTimeout(180_000);
  const dir = caseDir('large');
  const run = hostileRun(writeHar(dir, largeHar(10_000)), dir);
  expect(run.code).toBe(1);
  expect(run.summary?.run.verdict).toBe('fail');
  expect(run.peakMb).toBeLessThan(1024);
  // 39 sessions answer 500 and 28 lists are out of order: each check lists its first 20 and counts the rest.
  const listed = (check: string): number => run.summary!.failures.filter((f) => f.check === check).length;
  expect(listed('notAServerError')).toBe(20);
  expect(run.summary?.failuresOmitted).toEqual(
    expect.arrayContaining([
      { check: 'notAServerError', count: 19 },
      { check: 'listSortedById', count: 8 },
    ]),
  );
  expect(run.report['index.html']).toContain('and 19 more failure(s) of notAServerError');
  expect(run.stdout).toContain('and 19 more failure(s) of notAServerError');
  expect(run.report['index.html'].length).toBeLessThan(2_000_000);
  expect(run.everything).not.toMatch(RAW_CONTROL);
});

test('5 000 entries outside the API are noted by reason after the first 20, not one note each', () => {
  const dir = caseDir('notapi');
  const entries = Array.from({ length: 5000 }, (_, i) => entry('GET', `http://127.0.0.1:9/static/${i}.js`, 200));
  const run = hostileRun(
    writeHar(dir, har([entry('GET', '/detectLiveness/singleModal/sessions', 200, []), ...entries])),
    dir,
  );
  expect(run.code).toBe(0);
  expect(run.report['summary.json'].length).toBeLessThan(200_000);
  expect(run.report['summary.json']).toContain('and 4970 more');
});
