import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trafficMain } from '../../cli/traffic';
import { startMock } from '../../mock';
import type { HarLog } from '../../runner';
import { checkTraffic } from '../../traffic/run';

const root = join(__dirname, '..', '..');
const KEY = 'traffic-test-key-0123456789abcdef';

/** Runs a small conformance run against a mock with FACE_SAVE_HAR; resolves with the HAR path and run's exit code. */
async function savedRun(faults: string[] = []): Promise<{ file: string; dir: string; code: number | null }> {
  const mock = await startMock({ key: KEY, faults });
  const dir = mkdtempSync(join(tmpdir(), 'traffic-run-'));
  const file = join(dir, 'saved.har');
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        join(root, 'node_modules', '.bin', 'tsx'),
        [join(root, 'cli', 'conformance.ts'), '--reporter=dot'],
        {
          cwd: root,
          stdio: 'ignore',
          env: {
            ...process.env,
            FACE_ENDPOINT: mock.url,
            FACE_API_KEY: KEY,
            FACE_DEVICE_SIMULATION: 'true',
            FACE_NUM_RUNS: '3',
            FACE_REPORT_DIR: join(dir, 'live'),
            FACE_SAVE_HAR: file,
          },
        },
      );
      child.on('close', resolve);
    });
    return { file, dir, code };
  } finally {
    await mock.close();
  }
}

test.describe.configure({ timeout: 180_000 });

test('a conformance run saves its traffic as one redacted HAR that validates with no failure', async () => {
  const { file, dir, code } = await savedRun();
  expect(code).toBe(0);
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
  const text = readFileSync(file, 'utf8');
  const saved = JSON.parse(text) as HarLog;
  expect(saved.log.entries.length).toBeGreaterThan(100);
  // No secret: the key, any session token handed out, any bearer value.
  expect(text).not.toContain(KEY);
  const tokens = saved.log.entries.flatMap((e) =>
    [...(e.response.content.text ?? '').matchAll(/"authToken":"([^"]*)"/g)].map((m) => m[1]),
  );
  expect(tokens.length).toBeGreaterThan(0);
  expect(new Set(tokens)).toEqual(new Set(['[REDACTED:authToken]']));
  for (const e of saved.log.entries) {
    for (const h of e.request.headers) {
      if (/^(authorization|ocp-apim-subscription-key)$/i.test(h.name)) {
        expect(h.value).toMatch(/\[REDACTED:|^0{32}$/);
      }
    }
  }
  const lines: string[] = [];
  expect(trafficMain([file, '--out', join(dir, 'traffic')], (l) => lines.push(l))).toBe(0);
  const summary = JSON.parse(readFileSync(join(dir, 'traffic', 'summary.json'), 'utf8')) as {
    checks: { name: string; status: string }[];
  };
  const passed = summary.checks.filter((c) => c.status === 'passed').map((c) => c.name);
  expect(passed).toEqual(
    expect.arrayContaining([
      'listSortedById',
      'deletedSessionNotFound',
      'auditRecordsDeviceRequest',
      'createdSessionListed',
    ]),
  );
});

test('traffic of a server listing sessions unsorted fails listSortedById', async () => {
  const { file } = await savedRun(['list-unsorted']);
  const har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
  const checks = checkTraffic(har, file).versions.flatMap((v) => v.outcomes.failures.map((f) => f.check));
  expect(checks).toContain('listSortedById');
  expect(new Set(checks)).toEqual(new Set(['listSortedById']));
});
