/**
 * The client's bounds against a hostile answer, in process: the size cap on the wire and after decompression,
 * no redirect followed, the run's deadline, the 429 stop naming the setting that applied, and invalid HTTP told
 * apart from no answer.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import type { Exchange } from '../../wire';
import { Limiter, Redactor, RequestRefused, RunDeadline, TargetClient } from '../../runner';
import type { ClientBounds } from '../../runner';
import { localServer } from './run';

const get = {
  operationId: 'getLivenessSessions',
  method: 'GET' as const,
  path: '/detectLiveness/singleModal/sessions',
  auth: 'key' as const,
};
const KEY = 'bounds-key-0123456789abcdef0123';

function client(url: string, bounds: Partial<ClientBounds> = {}): TargetClient {
  return new TargetClient({ baseUrl: url, apiKey: KEY }, new Limiter(100, 2), new Redactor(), {
    maxRetries: 3,
    maxWaitMs: 30_000,
    timeoutMs: 5000,
    maxResponseBytes: 64 * 1024,
    ...bounds,
  });
}

async function refusal(send: Promise<Exchange>): Promise<RequestRefused> {
  const err = await send.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RequestRefused);
  return err as RequestRefused;
}

test('an answer over the cap, on the wire or decompressed, is refused as a safety limit; the next one is read', async () => {
  const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024)); // 8 MiB of zeros in about 8 KB
  let n = 0;
  const server = await localServer((_req, res) => {
    n++;
    if (n === 1) return void res.writeHead(200, { 'content-type': 'application/json' }).end('x'.repeat(100_000));
    if (n === 2) return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb);
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('[]'));
  });
  const c = client(server.url);
  try {
    const wire = await refusal(c.send(get));
    expect(wire.reason).toBe('limit');
    expect(wire.message).toMatch(/FACE_MAX_RESPONSE_BYTES=65536 bytes on the wire/);
    const inflated = await refusal(c.send(get));
    expect(inflated.message).toMatch(/FACE_MAX_RESPONSE_BYTES=65536 bytes decompressed/);
    const ok = await c.send(get);
    expect(ok.response.json).toEqual([]);
  } finally {
    await c.dispose();
    await server.close();
  }
  // The cap is a value a smaller one would have let through: the same bomb under a 16 MiB cap is read whole.
  const roomy = await localServer((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
  const big = client(roomy.url, { maxResponseBytes: 16 * 1024 * 1024 });
  try {
    expect((await big.send(get)).response.bytes).toBe(8 * 1024 * 1024);
  } finally {
    await big.dispose();
    await roomy.close();
  }
});

test('a redirect is the answer: the key never reaches the other origin', async () => {
  const reached: (string | undefined)[] = [];
  const other = await localServer((req, res) => {
    reached.push(req.headers['ocp-apim-subscription-key'] as string | undefined);
    res.end('[]');
  });
  const server = await localServer((req, res) => res.writeHead(307, { location: `${other.url}${req.url}` }).end());
  const c = client(server.url);
  try {
    expect((await c.send(get)).response.status).toBe(307);
    expect(reached).toEqual([]);
  } finally {
    await c.dispose();
    await server.close();
    await other.close();
  }
});

test('a final 429 names the setting that ended the retries; past the deadline nothing is sent', async () => {
  let seen = 0;
  const server = await localServer((req, res) => {
    seen++;
    const after = req.url?.includes('long') ? '100000' : req.url?.includes('five') ? '5' : '0';
    res.writeHead(429, { 'retry-after': after }).end();
  });
  const c = client(server.url, { maxRetries: 2 });
  try {
    expect((await c.send({ ...get, path: '/long' })).rateLimitStop).toMatch(/FACE_MAX_RETRY_WAIT_MS=30000/);
    const short = await c.send(get);
    expect(short.retries).toBe(2);
    expect(short.rateLimitStop).toMatch(/FACE_MAX_RETRIES=2/);
  } finally {
    await c.dispose();
  }
  const soon = client(server.url, { deadline: new RunDeadline(Date.now() + 2000, 2) });
  const passed = client(server.url, { deadline: new RunDeadline(Date.now() - 1, 2) });
  try {
    const started = Date.now();
    const cut = await soon.send({ ...get, path: '/five' }); // 5 s is within FACE_MAX_RETRY_WAIT_MS, not the deadline
    expect(cut.retries).toBe(0);
    expect(cut.rateLimitStop).toMatch(/left before the run's deadline \(FACE_MAX_RUN_S=2\)/);
    expect(Date.now() - started).toBeLessThan(1500);
    const before = seen;
    const refused = await refusal(passed.send(get));
    expect(refused.reason).toBe('deadline');
    expect(refused.message).toMatch(/FACE_MAX_RUN_S=2/);
    expect(seen).toBe(before);
  } finally {
    await soon.dispose();
    await passed.dispose();
    await server.close();
  }
});

test('invalid HTTP is the target answering badly, not a timeout', async () => {
  const server = await localServer((req) => req.socket.end('HTTP/1.1 200 OK\r\nnot a header\r\n\r\n'));
  const c = client(server.url);
  try {
    const down = await refusal(c.send(get));
    expect(down.reason).toBe('down');
    expect(down.message).toMatch(/^the target answered invalid HTTP: GET \/detectLiveness/);
    expect(down.message).not.toContain('FACE_REQUEST_TIMEOUT_MS');
  } finally {
    await c.dispose();
    await server.close();
  }
});
