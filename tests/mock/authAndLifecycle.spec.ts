import { API_VERSIONS } from '../../schemas';
import { FAMILIES, MockClient } from './client';
import { expect, test } from './fixtures';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const version of API_VERSIONS) {
  test(`${version}: management calls take the key or the AAD token, nothing else`, async ({ mock }) => {
    const c = new MockClient(mock, version);
    const path = `${c.base('liveness')}/sessions`;
    const { authToken } = await c.session('liveness');
    expect((await c.call('GET', path)).status).toBe(200);
    expect((await c.call('GET', path, { Authorization: `Bearer ${mock.aadToken}` })).status).toBe(200);
    const cases: Record<string, string>[] = [
      {},
      { 'Ocp-Apim-Subscription-Key': 'wrong' },
      { 'Ocp-Apim-Subscription-Key': '' },
      { Authorization: `Bearer ${authToken}` },
      { Authorization: mock.aadToken },
      { Authorization: `Bearer ${mock.key}` },
    ];
    for (const headers of cases) {
      const r = await c.call('GET', path, headers);
      expect(r.status, JSON.stringify(headers)).toBe(401);
      expect(r.json).toEqual({ error: { code: '401', message: expect.any(String) } });
      expect(r.headers['x-ms-error-code']).toBe('401');
      expect(r.headers['apim-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test(`${version}: device calls take only their own family's session token`, async ({ mock }) => {
    const c = new MockClient(mock, version);
    const live = await c.session('liveness');
    const verify = await c.session('livenessWithVerify');
    expect((await c.device('liveness', live.authToken)).status).toBe(204);
    expect((await c.device('livenessWithVerify', live.authToken)).status).toBe(401);
    expect((await c.device('liveness', verify.authToken)).status).toBe(401);
    expect((await c.device('liveness', mock.key)).status).toBe(401);
    expect((await c.device('liveness', mock.aadToken)).status).toBe(401);
    const withKey = await c.device('liveness', 'x', { headers: { 'Ocp-Apim-Subscription-Key': mock.key } });
    expect(withKey.status).toBe(401);
    expect(withKey.json.error.code).toBe('401');
  });

  for (const family of FAMILIES) {
    test(`${version} ${family}: delete revokes the token`, async ({ mock }) => {
      const c = new MockClient(mock, version);
      const { sessionId, authToken } = await c.session(family);
      expect((await c.del(family, sessionId)).status).toBe(200);
      expect((await c.device(family, authToken)).status).toBe(401);
      expect((await c.audit(family, sessionId)).status).toBe(404);
    });
  }
}

test.describe('expiry with a fast clock', () => {
  test.use({ mockOptions: { timeScale: 1000 } });
  for (const family of FAMILIES) {
    test(`${family}: the token stops working after its TTL and GET shows sessionExpired`, async ({ mock }) => {
      const c = new MockClient(mock, 'v1.1-preview.1');
      const { sessionId, authToken } = await c.session(family, { authTokenTimeToLiveInSeconds: 60 });
      const long = await c.session(family, { authTokenTimeToLiveInSeconds: 86400 });
      await sleep(120); // 120 s of mock time
      expect((await c.device(family, authToken)).status).toBe(401);
      expect((await c.get(family, sessionId)).json.sessionExpired).toBe(true);
      expect((await c.device(family, long.authToken)).status).toBe(204);
      expect((await c.get(family, long.sessionId)).json.sessionExpired).toBe(false);
    });
  }
});

test.describe('rate limit', () => {
  test.use({ mockOptions: { rateLimit: { requests: 3, windowMs: 60_000 } } });
  test('over the limit: 429 with code "429" and Retry-After', async ({ mock }) => {
    const c = new MockClient(mock, 'v1.2-preview.1');
    for (let i = 0; i < 3; i++) expect((await c.list('liveness')).status).toBe(200);
    const r = await c.list('liveness');
    expect(r.status).toBe(429);
    expect(r.json.error.code).toBe('429');
    expect(r.headers['x-ms-error-code']).toBe('429');
    expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    mock.reset();
    expect((await c.list('liveness')).status).toBe(200);
  });
});

test.describe('body size limit', () => {
  test.use({ mockOptions: { maxBodyBytes: 1024 } });
  test('a body over the limit gets 413 BadArgument', async ({ mock }) => {
    const c = new MockClient(mock, 'v1.1-preview.1');
    const r = await c.create('liveness', { livenessOperationMode: 'Passive', deviceCorrelationId: 'x'.repeat(2000) });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('BadArgument');
    expect((await c.list('liveness')).status).toBe(200);
  });
});
