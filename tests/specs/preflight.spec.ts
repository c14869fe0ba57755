import { expect, test } from '@playwright/test';
import { startMock } from '../../mock';
import { loadConfig, preflight } from '../../runner';
import { conformance, localServer, recordingProxy, rewritingProxy } from './run';

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

test('preflight: invalid HTTP (parse error, header overflow) -> exit 2, the target answered, no timeout advice', async () => {
  const broken = await localServer((req) => req.socket.end('HTTP/1.1 200 OK\r\nnot a header\r\n\r\n'));
  const overflow = await localServer((_, res) => res.writeHead(200, { 'x-filler': 'y'.repeat(128 * 1024) }).end());
  try {
    for (const target of [broken, overflow]) {
      const run = await conformance({ FACE_ENDPOINT: target.url, FACE_API_KEY: KEY });
      expectSetupError(run, /^conformance: 127\.0\.0\.1:\d+ answered, but not in valid HTTP \((HPE_|UND_ERR_HEADERS)/);
      expect(run.out).not.toContain('FACE_REQUEST_TIMEOUT_MS');
    }
  } finally {
    await broken.close();
    await overflow.close();
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
      /^conformance: every probed path of .*\/face\/v1\.2 answered 404 without SessionNotFound, and nothing shows the API is served there .*check FACE_ENDPOINT and FACE_API_VERSION/,
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

/** A server answering `route(path)` (status, body) to every GET; JSON bodies get their content type. */
async function serverOf(route: (path: string) => [number, string]) {
  return localServer((req, res) => {
    const [status, body] = route(req.url ?? '');
    res.writeHead(status, {
      'content-type': body.startsWith('{') || body.startsWith('[') ? 'application/json' : 'text/plain',
    });
    res.end(body);
  });
}
const faceError = (code: string): string => JSON.stringify({ error: { code, message: 'no such thing' } });

test('preflight goes on where the API is served but an unknown session gets another code (the suite judges it)', async () => {
  const sessionPath = /\/(detectLiveness|detectLivenessWithVerify)(-sessions|\/singleModal\/sessions)\/[0-9a-f-]{36}$/;
  // v1.2: a FaceErrorResponse 404 on the session paths, something else on an unknown path.
  const v12 = await serverOf((p) => (sessionPath.test(p) ? [404, faceError('SessionMissing')] : [404, 'Cannot GET']));
  // Previews: NotFound everywhere, but the list answers 200.
  const preview = await serverOf((p) => (p.includes('/sessions?top=1') ? [200, '[]'] : [404, faceError('NotFound')]));
  // v1.3-preview.1: NotFound everywhere, but the settings answer 200.
  const v13 = await serverOf((p) =>
    p.endsWith('/settings') ? [200, '{"livenessAbuseMonitoring":{"enabled":false}}'] : [404, faceError('NotFound')],
  );
  try {
    const run = (url: string, version: string) =>
      preflight(loadConfig({ FACE_ENDPOINT: url, FACE_API_KEY: KEY, FACE_API_VERSION: version }));
    expect(await run(v12.url, 'v1.2')).toEqual({ ok: true, sent: 3 });
    expect(await run(preview.url, 'v1.1-preview.1')).toEqual({ ok: true, sent: 3 });
    expect(await run(v13.url, 'v1.3-preview.1')).toEqual({ ok: true, sent: 3 });
    // Nothing shows the API: the same NotFound on the session paths and on an unknown path (v1.2 has no list).
    const same = await run(v13.url, 'v1.2');
    expect(same).toMatchObject({ ok: false, sent: 3 });
    expect(same.ok ? '' : same.message).toContain('nothing shows the API is served there');
  } finally {
    await Promise.all([v12.close(), preview.close(), v13.close()]);
  }
});

test('a v1.2 server answering an unknown session 404 SessionMissing: the suite runs and fails documentedErrorCode (exit 1)', async () => {
  test.setTimeout(300_000);
  const mock = await startMock({ key: KEY });
  const proxy = await rewritingProxy(mock.url, (status, body) =>
    status === 404 ? body.replace('"SessionNotFound"', '"SessionMissing"') : body,
  );
  try {
    const run = await conformance({ FACE_ENDPOINT: proxy.url, FACE_API_KEY: KEY, FACE_API_VERSION: 'v1.2' });
    expect(run.code, run.out.slice(-3000)).toBe(1);
    const failed = new Set(run.summary?.failures.map((f) => f.check));
    expect([...failed]).toContain('documentedErrorCode');
  } finally {
    await proxy.close();
    await mock.close();
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
      /^conformance: the target stopped answering: .*; check that the target is up, or raise FACE_REQUEST_TIMEOUT_MS \(\d+ check × operation cell\(s\) checked, \d+ not run\)$/,
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
