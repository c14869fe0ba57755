import { expect, test } from '@playwright/test';
import { startMock } from '../../mock';
import { loadConfig, preflight } from '../../runner';
import { conformance, localServer, recordingProxy } from './run';

const KEY = 'preflight-key-0123456789abcdef01';

test.describe.configure({ timeout: 120_000 });

/** Expects exit 2 with exactly one line, matching `pattern`, and no report. */
function expectSetupError(run: { code: number | null; out: string }, pattern: RegExp): void {
  expect(run.code, run.out).toBe(2);
  expect(run.out.trim().split('\n'), run.out).toHaveLength(1);
  expect(run.out).toMatch(pattern);
}

test('preflight: nothing listening -> exit 2, connection refused, at once', async () => {
  const gone = await localServer(() => undefined);
  await gone.close();
  const run = await conformance({ FACE_ENDPOINT: gone.url, FACE_API_KEY: KEY });
  expectSetupError(
    run,
    /^conformance: nothing accepts connections at 127\.0\.0\.1:\d+ \(connection refused\); check FACE_ENDPOINT/,
  );
});

test('preflight: a host that does not resolve -> exit 2, DNS', async () => {
  const run = await conformance({ FACE_ENDPOINT: 'https://no-such-resource.invalid', FACE_API_KEY: KEY });
  expectSetupError(
    run,
    /^conformance: the host no-such-resource\.invalid cannot be resolved \(DNS E[A-Z_]+\); check the host name/,
  );
});

test('preflight: TLS to a plain HTTP server -> exit 2, TLS handshake', async () => {
  const plain = await localServer((_, res) => res.end('hello'));
  try {
    const run = await conformance({ FACE_ENDPOINT: plain.url.replace('http:', 'https:'), FACE_API_KEY: KEY });
    expectSetupError(
      run,
      /^conformance: the TLS handshake with 127\.0\.0\.1:\d+ failed .*; check FACE_ENDPOINT's scheme/,
    );
  } finally {
    await plain.close();
  }
});

test('preflight: a server that never answers -> exit 2 within the short timeout', async () => {
  const silent = await localServer(() => undefined);
  try {
    const run = await conformance({ FACE_ENDPOINT: silent.url, FACE_API_KEY: KEY, FACE_REQUEST_TIMEOUT_MS: '700' });
    expectSetupError(run, /^conformance: 127\.0\.0\.1:\d+ did not answer within 700 ms \(preflight\)/);
  } finally {
    await silent.close();
  }
});

test('preflight: a key the target refuses -> exit 2, 401, nothing else sent', async () => {
  const mock = await startMock({ key: KEY });
  const proxy = await recordingProxy(mock.url);
  try {
    const run = await conformance({ FACE_ENDPOINT: proxy.url, FACE_API_KEY: 'not-the-key' });
    expectSetupError(
      run,
      /^conformance: 127\.0\.0\.1:\d+ refused the configured credentials \(401 on a harmless GET\); check that FACE_API_KEY/,
    );
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].method).toBe('GET');
  } finally {
    await proxy.close();
    await mock.close();
  }
});

test('preflight: 404 on every path (wrong endpoint or version not served) -> exit 2', async () => {
  const other = await localServer((_, res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":{"code":"404","message":"Resource not found"}}'); // what Azure answers an unknown path
  });
  try {
    const run = await conformance({ FACE_ENDPOINT: other.url, FACE_API_KEY: KEY, FACE_API_VERSION: 'v1.2' });
    expectSetupError(
      run,
      /^conformance: every probed path of .*\/face\/v1\.2 answered 404 without SessionNotFound: .*check FACE_ENDPOINT and FACE_API_VERSION/,
    );
  } finally {
    await other.close();
  }
});

test('preflight passes what the real service answers: 404 SessionNotFound without any list operation (v1.2)', async () => {
  // The real service answers an unknown session id 404 {"error":{"code":"SessionNotFound"}} with no
  // x-ms-error-code header (shared/recordings/README.md); v1.2 has no list to probe instead.
  const real = await localServer((req, res) => {
    res.writeHead(req.url?.includes('/detectLiveness-sessions/') ? 404 : 500, { 'content-type': 'application/json' });
    res.end('{"error":{"code":"SessionNotFound","message":"Session does not exist."}}');
  });
  try {
    const config = loadConfig({ FACE_ENDPOINT: real.url, FACE_API_KEY: KEY, FACE_API_VERSION: 'v1.2' });
    expect(await preflight(config)).toEqual({ ok: true, sent: 1 });
  } finally {
    await real.close();
  }
});

test('a target that stops answering mid-run: bounded time, exit 2, the rest reported not run (target), no failure', async () => {
  const mock = await startMock({ key: KEY });
  const proxy = await recordingProxy(mock.url, 60);
  try {
    const run = await conformance({
      FACE_ENDPOINT: proxy.url,
      FACE_API_KEY: KEY,
      FACE_DEVICE_SIMULATION: 'true',
      FACE_REQUEST_TIMEOUT_MS: '1000',
    });
    expect(run.code, run.out.slice(-3000)).toBe(2);
    expect(run.out.trim().split('\n').pop()).toMatch(
      /^conformance: the target stopped answering: .*; \d+ check × operation cell\(s\) not run; check that the target is up/,
    );
    const s = run.summary!;
    expect(s.run.verdict).toBe('setup-error');
    expect(s.failures).toEqual([]);
    expect(s.totals.cells.notRunTarget).toBeGreaterThan(0);
    // One request waited for the timeout; every later one was refused at once (two workers: at most two waits).
    expect(proxy.seen.length).toBeLessThanOrEqual(62);
  } finally {
    await proxy.close();
    await mock.close();
  }
});
