import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startMock } from '../../mock';
import { TargetClient, retryAfterMs, BudgetExhausted, Limiter, Redactor } from '../../runner';

const get = {
  operationId: 'getLivenessSessions',
  method: 'GET' as const,
  path: '/detectLiveness/singleModal/sessions',
  auth: 'key' as const,
};

test('the request budget is a hard limit: the next request throws BudgetExhausted', async () => {
  const mock = await startMock({ key: 'budget-key-123456' });
  const client = new TargetClient(
    { baseUrl: `${mock.url}/face/v1.1-preview.1`, apiKey: mock.key },
    new Limiter(3, 2),
    new Redactor(),
    { maxRetries: 0, maxWaitMs: 0 },
  );
  try {
    for (let i = 0; i < 3; i++) expect((await client.send(get)).response.status).toBe(200);
    await expect(client.send(get)).rejects.toBeInstanceOf(BudgetExhausted);
    expect(client.sent).toBe(3);
  } finally {
    await client.dispose();
    await mock.close();
  }
});

test('the concurrency limit is never exceeded', async () => {
  let inFlight = 0;
  let peak = 0;
  const server = createServer((_req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json', 'apim-request-id': 'x' }).end('[]');
    }, 20);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const client = new TargetClient(
    { baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k' },
    new Limiter(100, 3),
    new Redactor(),
    { maxRetries: 0, maxWaitMs: 0 },
  );
  try {
    await Promise.all(Array.from({ length: 20 }, () => client.send(get)));
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  } finally {
    await client.dispose();
    server.close();
  }
});

test('a 429 is retried after Retry-After, a bounded number of times', async () => {
  const mock = await startMock({ key: 'retry-key-123456', rateLimit: { requests: 2, windowMs: 300 } });
  const client = new TargetClient(
    { baseUrl: `${mock.url}/face/v1.1-preview.1`, apiKey: mock.key },
    new Limiter(100, 1),
    new Redactor(),
    { maxRetries: 5, maxWaitMs: 5000 },
  );
  try {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.send(get)).response.status);
    expect(statuses).toEqual([200, 200, 200, 200]);
  } finally {
    await client.dispose();
    await mock.close();
  }
  const stingy = await startMock({ key: 'retry-key-123456', rateLimit: { requests: 1, windowMs: 60_000 } });
  const bounded = new TargetClient(
    { baseUrl: `${stingy.url}/face/v1.1-preview.1`, apiKey: stingy.key },
    new Limiter(100, 1),
    new Redactor(),
    { maxRetries: 2, maxWaitMs: 100 },
  );
  try {
    await bounded.send(get);
    const limited = await bounded.send(get);
    expect(limited.response.status).toBe(429); // Retry-After beyond the longest wait: not retried
    expect(limited.retries).toBe(0);
  } finally {
    await bounded.dispose();
    await stingy.close();
  }
});

test('Retry-After: seconds, an HTTP date, or 1 s when absent', () => {
  expect(retryAfterMs('2')).toBe(2000);
  expect(retryAfterMs(undefined)).toBe(1000);
  expect(retryAfterMs(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
});

test('a run against a target that keeps answering 429 skips the checks with the reason, and fails none', async () => {
  const mock = await startMock({ key: 'stingy-key-1234567890', rateLimit: { requests: 8, windowMs: 600_000 } });
  const dir = mkdtempSync(join(tmpdir(), 'ratelimited-'));
  try {
    const root = join(__dirname, '..', '..');
    // Asynchronously: the mock answers from this very process.
    const child = spawn(
      join(root, 'node_modules', '.bin', 'playwright'),
      ['test', '--project=conformance', '--workers=1', '-g', 'getLivenessSessions'],
      {
        cwd: root,
        env: {
          ...process.env,
          LIVENESS_SUITE: '1',
          FACE_ENDPOINT: mock.url,
          FACE_API_KEY: mock.key,
          FACE_MAX_RETRY_WAIT_MS: '10',
          FACE_REPORT_DIR: dir,
          FACE_NUM_RUNS: '5',
        },
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
      totals: { failures: number; cells: { skipped: number } };
    };
    expect(summary.totals.failures, out).toBe(0);
    expect(summary.totals.cells.skipped).toBeGreaterThan(0);
    expect(JSON.stringify(summary)).toContain('rate limited (429)');
  } finally {
    await mock.close();
  }
});
