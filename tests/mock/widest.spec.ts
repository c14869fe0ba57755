/**
 * The widest legal server (mock/widest): it takes every liberty of the register, each through a take named
 * by the liberty's id, and what it does can be seen on the wire.
 */
import { expect, test } from '@playwright/test';
import { parseMockArgs } from '../../cli/mock';
import { startMock } from '../../mock';
import { widestTakes } from '../../mock/widest';
import { widestDate } from '../../mock/widest/form';
import { isAddressOrCidr } from '../../mock/widest/requests';
import { LIBERTIES } from '../../schemas';
import { ConfigError, loadConfig } from '../../runner';

const KEY = 'widest-key-0123456789abcdef';
const headers = { 'Ocp-Apim-Subscription-Key': KEY, 'Content-Type': 'application/json' };
const GUID = '2d3f6a52-4f7e-4b8e-9a3c-1d2e3f4a5b6c';

test('every liberty of the register has a take in the widest server, and every take a liberty', () => {
  const takes = widestTakes();
  expect(Object.keys(takes).sort()).toEqual(LIBERTIES.map((l) => l.id).sort());
  for (const [id, take] of Object.entries(takes))
    expect(take.request ?? take.answer ?? take.setup, `${id} does something`).toBeDefined();
});

test('--widest and FACE_MOCK_WIDEST turn it on, alone or with the service-like layer; never with FACE_ENDPOINT', () => {
  expect(parseMockArgs(['--widest'], {}).widest).toBe(true);
  expect(parseMockArgs(['--widest', '--like-service'], {})).toMatchObject({ widest: true, likeService: {} });
  expect(loadConfig({}).mockWidest).toBeUndefined();
  expect(loadConfig({ FACE_MOCK_WIDEST: 'true', FACE_MOCK_LIKE_SERVICE: 'true' })).toMatchObject({ mockWidest: true });
  expect(() => loadConfig({ FACE_ENDPOINT: 'https://x.example', FACE_API_KEY: 'k', FACE_MOCK_WIDEST: 'true' })).toThrow(
    ConfigError,
  );
});

test('dates: 7 digits, the same instant, +00:00 or another offset; addresses and CIDR blocks', () => {
  expect(widestDate('2024-05-10T07:23:44.784Z', -210)).toBe('2024-05-10T03:53:44.7840000-03:30');
  expect(Date.parse(widestDate('2024-05-10T07:23:44.784Z', -210))).toBe(Date.parse('2024-05-10T07:23:44.784Z'));
  expect(widestDate('2024-05-10T07:23:44.7846619+00:00', 0)).toBe('2024-05-10T07:23:44.7846619+00:00');
  for (const ok of ['10.0.0.1', '10.0.0.0/8', '::1', '2001:db8::/32']) expect(isAddressOrCidr(ok), ok).toBe(true);
  for (const bad of ['', '#', '10.0.0.0/33', '10.0.0.1/8/1', 'example.com'])
    expect(isAddressOrCidr(bad), bad).toBe(false);
});

test('on the wire: other codes, no x-ms-error-code, DELETE 200, extra members and headers, offset dates, refusals', async () => {
  const mock = await startMock({ key: KEY, widest: { rateLimits: false } });
  try {
    const ga = `${mock.url}/face/v1.2`;
    const image = await fetch(`${ga}/sessionImages/${GUID}`, { headers });
    expect(image.status).toBe(404);
    expect(image.headers.get('x-ms-error-code')).toBeNull();
    expect(((await image.json()) as { error: { code: string } }).error.code).toBe('SessionImageNotFound');
    const created = await fetch(`${ga}/detectLiveness-sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: GUID }),
    });
    expect(created.headers.get('x-widest-undocumented')).not.toBeNull();
    const session = (await created.json()) as Record<string, unknown>;
    expect(session.widestUndocumented).toBeDefined();
    const read = (await (
      await fetch(`${ga}/detectLiveness-sessions/${String(session.sessionId)}`, { headers })
    ).json()) as Record<string, unknown>;
    expect(read.authToken).toBe('');
    expect('modelVersion' in read).toBe(false);
    const deleted = await fetch(`${ga}/detectLiveness-sessions/${String(session.sessionId)}`, {
      method: 'DELETE',
      headers,
    });
    expect(deleted.status).toBe(200);
    const v13 = `${mock.url}/face/v1.3-preview.1/detectLiveness-sessions`;
    const send = (body: object) => fetch(v13, { method: 'POST', headers, body: JSON.stringify(body) });
    const base = { livenessOperationMode: 'Passive', deviceCorrelationId: GUID, userCorrelationId: GUID };
    expect((await send({ ...base, userCorrelationId: 'not-a-guid' })).status).toBe(400);
    expect((await send({ ...base, expectedClientIpAddress: '#' })).status).toBe(400);
    const ok = (await (await send({ ...base, expectedClientIpAddress: '10.0.0.0/8' })).json()) as Record<
      string,
      unknown
    >;
    expect(ok.createdDateTime ?? ok.modelVersion).toBeDefined();
    expect(String(ok.modelVersion)).toBe('2025-05-20');
  } finally {
    await mock.close();
  }
});

test('now and then a 429 with Retry-After 0 or 1 and code "429", before the request is handled', async () => {
  const mock = await startMock({ key: KEY, widest: { seed: 3 } });
  try {
    const list = `${mock.url}/face/v1.1-preview.1/detectLiveness/singleModal/sessions`;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 200; i++) {
      const r = await fetch(list, { headers });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
      await r.arrayBuffer();
    }
    const limited = statuses.filter((s) => s === 429).length;
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(20);
    expect(['0', '1']).toContain(retryAfter);
    // Never three in a row: a request retried after Retry-After gets through.
    expect(statuses.join(',')).not.toContain('429,429,429');
  } finally {
    await mock.close();
  }
});
