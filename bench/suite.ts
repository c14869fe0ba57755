/**
 * `npm run bench:suite`: the suite's throughput (requests sent and fully checked per second: schema,
 * headers, status, error shape) as a ratio to raw Playwright `request` throughput, both against the
 * same embedded mock with the same concurrency, in one run. Not a test: timings are noisy.
 */
import { request } from '@playwright/test';
import { startMock } from '../mock';
import { registry, operation } from '../schemas';
import { EXCHANGE_CHECKS } from '../checks';
import { SessionCalls, TargetClient, Limiter, Recorder, Redactor, plainCreateBody, runCheck } from '../runner';
import type { CheckTarget, Runtime } from '../runner';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = 4;
const VERSION = 'v1.1-preview.1' as const;

async function pool(n: number, task: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < n) await task();
    }),
  );
  return n / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const mock = await startMock({ port: 0, key: 'bench-key-0123456789abcdef' });
  const base = `${mock.url}/face/${VERSION}`;
  const redactor = new Redactor();
  const client = new TargetClient({ baseUrl: base, apiKey: mock.key }, new Limiter(1e9, CONCURRENCY), redactor, {
    maxRetries: 0,
    maxWaitMs: 0,
  });
  const ctx = { version: VERSION, registry: registry() };
  const rt = { config: { apiVersion: VERSION }, ctx } as unknown as Runtime;
  const api = new SessionCalls({
    ...rt,
    client,
    ledger: { created: () => undefined, deleted: () => undefined },
  } as unknown as Runtime);
  for (let i = 0; i < 50; i++) await api.create('liveness', plainCreateBody());
  const raw = await request.newContext();
  const listUrl = `${base}/detectLiveness/singleModal/sessions`;
  const rec = new Recorder(redactor);
  const target: CheckTarget = { ctx, met: new Set(), unmetReason: () => '' };
  const op = operation('getLivenessSessions');
  // Warm up both paths, then measure them back to back.
  await pool(
    100,
    async () => void (await raw.get(listUrl, { headers: { 'Ocp-Apim-Subscription-Key': mock.key } })).body(),
  );
  await pool(
    100,
    async () => void (await client.send({ operationId: op.id, method: 'GET', path: op.path, auth: 'key' })),
  );
  const rawRps = await pool(REQUESTS, async () => {
    await (await raw.get(listUrl, { headers: { 'Ocp-Apim-Subscription-Key': mock.key } })).body();
  });
  const suiteRps = await pool(REQUESTS, async () => {
    const exchange = await client.send({ operationId: op.id, method: 'GET', path: op.path, auth: 'key' });
    for (const check of EXCHANGE_CHECKS)
      rec.record(runCheck(target, check, op.id, { exchange, op, intent: { kind: 'positive' } }, exchange));
  });
  console.log('| measure (list of 50 sessions, concurrency 4) | requests/s |');
  console.log('|---|---|');
  console.log(`| raw Playwright request | ${rawRps.toFixed(0)} |`);
  console.log(`| suite: send + every exchange check | ${suiteRps.toFixed(0)} |`);
  console.log(`| ratio suite / raw | ${(suiteRps / rawRps).toFixed(2)} |`);
  console.log(
    `BENCH\tsuite: list, every exchange check\tsuite checked/s\t${suiteRps.toFixed(0)}\traw Playwright request/s\t${rawRps.toFixed(0)}`,
  );
  await raw.dispose();
  await client.dispose();
  await mock.close();
}

void main();
