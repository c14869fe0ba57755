import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../reports/model';
import { PLAYWRIGHT, cleanEnv, run } from './run';

function cells(s: Summary): Record<string, string> {
  return Object.fromEntries(
    s.cells.map((c) => [`${c.check} × ${c.operation}`, `${c.status} ${c.passed}/${c.failed}/${c.skipped}`]),
  );
}

function read(dir: string): Summary {
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
}

test('two shards merged with merge-reports give the same report as one run', async () => {
  // Three whole conformance runs at once: generous bounds, as the machine may be shared.
  test.setTimeout(330_000);
  const tmp = mkdtempSync(join(tmpdir(), 'conformance-shards-'));
  const base = { LIVENESS_SUITE: '1', FACE_NUM_RUNS: '2', PLAYWRIGHT_HTML_OUTPUT_DIR: join(tmp, 'playwright') };
  const shard = (i: number) =>
    run(
      PLAYWRIGHT,
      ['test', '--project=conformance', `--shard=${i}/2`, '--reporter=blob', `--output=${join(tmp, `results-${i}`)}`],
      cleanEnv({ ...base, PLAYWRIGHT_BLOB_OUTPUT_DIR: join(tmp, `blob-${i}`) }),
      300_000,
    );
  const [single, one, two] = await Promise.all([
    run(
      PLAYWRIGHT,
      ['test', '--project=conformance', `--output=${join(tmp, 'results-0')}`],
      cleanEnv({ ...base, FACE_REPORT_DIR: join(tmp, 'single') }),
      300_000,
    ),
    shard(1),
    shard(2),
  ]);
  expect(single.code, single.output).toBe(0);
  expect(one.code, one.output).toBe(0);
  expect(two.code, two.output).toBe(0);

  // Each shard cleans its own blob directory, so they write apart and are gathered before the merge.
  const all = join(tmp, 'all-blobs');
  mkdirSync(all);
  for (const i of [1, 2]) cpSync(join(tmp, `blob-${i}`), all, { recursive: true });
  expect(readdirSync(all)).toHaveLength(2);
  const merged = await run(
    PLAYWRIGHT,
    ['merge-reports', '--reporter=./reports/reporter.ts', all],
    cleanEnv({ FACE_NUM_RUNS: '2', FACE_REPORT_DIR: join(tmp, 'merged') }),
  );
  expect(merged.code, merged.output).toBe(0);

  const a = read(join(tmp, 'single'));
  const b = read(join(tmp, 'merged'));
  expect(Object.keys(cells(a)).length).toBeGreaterThan(10);
  expect(cells(b)).toEqual(cells(a));
  expect(b.tests.map((t) => [t.title, t.location, t.status])).toEqual(
    a.tests.map((t) => [t.title, t.location, t.status]),
  );
  // The budget's counts live in each shard's runner process (its budget server): a merge has none.
  expect(b.run.budget).toBeUndefined();
  expect({ ...b.run, startedAt: '', durationMs: 0, status: '' }).toEqual({
    ...a.run,
    budget: undefined,
    startedAt: '',
    durationMs: 0,
    status: '',
  });
  expect(b.coverage).toEqual(a.coverage);
  expect(b.failures.length).toBe(a.failures.length);
});
