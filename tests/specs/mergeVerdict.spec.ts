import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '../../mock';
import type { Summary } from '../../reports/model';
import { runCli } from './run';

const KEY = 'merge-test-key-0123456789abcdef0';

test('a merged sharded run exits with the verdict: 1 when a shard found a failure', async () => {
  test.setTimeout(180_000);
  const mock = await startMock({ key: KEY, faults: ['accept-top-out-of-range'] });
  const tmp = mkdtempSync(join(tmpdir(), 'merge-verdict-'));
  try {
    const env = {
      LIVENESS_SUITE: '1',
      FACE_ENDPOINT: mock.url,
      FACE_API_KEY: KEY,
      FACE_DEVICE_SIMULATION: 'true',
      FACE_REQUEST_BUDGET: '120', // per shard
      PLAYWRIGHT_HTML_OUTPUT_DIR: join(tmp, 'playwright'),
    };
    const shard = (i: number) =>
      runCli(
        ['test', '--project=conformance', `--shard=${i}/2`, '--reporter=blob', '-g', 'getLivenessSessions'],
        { ...env, PLAYWRIGHT_BLOB_OUTPUT_DIR: join(tmp, `blob-${i}`), FACE_REPORT_DIR: join(tmp, `r-${i}`) },
        'playwright',
      );
    const shards = await Promise.all([shard(1), shard(2)]);
    const all = join(tmp, 'all');
    mkdirSync(all);
    for (const i of [1, 2]) cpSync(join(tmp, `blob-${i}`), all, { recursive: true });
    // merge-reports' own exit code ignores test outcomes; the conformance reporter's verdict decides it.
    const merged = await runCli(
      ['merge-reports', '--reporter=./reports/reporter.ts', all],
      { FACE_REPORT_DIR: join(tmp, 'merged') },
      'playwright',
    );
    const summary = JSON.parse(readFileSync(join(tmp, 'merged', 'summary.json'), 'utf8')) as Summary;
    expect(summary.run.verdict, shards.map((s) => s.out).join('\n')).toBe('fail');
    expect(summary.failures.map((f) => f.check)).toContain('negativeDataRejection');
    expect(merged.code, merged.out).toBe(1);
  } finally {
    await mock.close();
  }
});
