/**
 * The service-like mock (mock/likeService): it answers as the real service's recordings do, and the whole
 * suite passes it, for both previews and v1.2, without touching a session it did not create.
 */
import { expect, test } from '@playwright/test';
import { startMock } from '../../mock';
import { serviceDate } from '../../mock/likeService/rewrite';
import { ConfigError, loadConfig } from '../../runner';
import { SUPPORTED_VERSIONS } from '../../schemas';
import { runName, runSelfCheck } from '../selfcheck/run';
import type { Target } from '../selfcheck/targets';

const KEY = 'like-service-key-0123456789abcdef';
const headers = { 'Ocp-Apim-Subscription-Key': KEY, 'Content-Type': 'application/json' };

test('FACE_MOCK_LIKE_SERVICE turns the embedded mock service-like, at FACE_MOCK_RATE; never with FACE_ENDPOINT', () => {
  expect(loadConfig({}).mockLikeService).toBeUndefined();
  expect(loadConfig({ FACE_MOCK_LIKE_SERVICE: 'true' }).mockLikeService).toEqual({ ratePerSecond: 10 });
  expect(loadConfig({ FACE_MOCK_LIKE_SERVICE: 'true', FACE_MOCK_RATE: '0' }).mockLikeService).toEqual({
    ratePerSecond: 0,
  });
  const remote = { FACE_ENDPOINT: 'https://x.example', FACE_API_KEY: 'k', FACE_MOCK_LIKE_SERVICE: 'true' };
  expect(() => loadConfig(remote)).toThrow(ConfigError);
  expect(() => loadConfig(remote)).toThrow(/applies to the embedded mock only/);
});

test('dates take the service form: 7 fractional digits and +00:00', () => {
  expect(serviceDate('2024-05-10T07:23:44.784Z')).toBe('2024-05-10T07:23:44.7840000+00:00');
  expect(serviceDate('2024-05-10T07:23:44Z')).toBe('2024-05-10T07:23:44.0000000+00:00');
  expect(serviceDate('not a date')).toBe('not a date');
});

test('it answers like the recordings: no x-ms-error-code, 429 with Retry-After 1 and "429", foreign sessions, real headers', async () => {
  const mock = await startMock({ key: KEY, likeService: { ratePerSecond: 5 } });
  try {
    const base = `${mock.url}/face/v1.1-preview.1/detectLiveness/singleModal/sessions`;
    const missing = await fetch(`${base}/00000000-0000-4000-8000-000000000000`, { headers });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ms-error-code')).toBeNull();
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('SessionNotFound');
    const list = await fetch(base, { headers });
    expect(list.headers.get('csp-billing-usage')).toBe('CognitiveServices.Face.Transaction=1');
    expect(list.headers.get('strict-transport-security')).toContain('max-age=');
    const items = (await list.json()) as { id: string; createdDateTime: string; sessionExpired: boolean }[];
    expect(items.length).toBe(3);
    expect(items.some((i) => i.sessionExpired)).toBe(true);
    for (const i of items) expect(i.createdDateTime).toMatch(/\.\d{7}\+00:00$/);
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(base, { headers })));
    const limited = answers.find((a) => a.status === 429);
    expect(limited, 'over 5 requests in one second').toBeDefined();
    expect(limited?.headers.get('retry-after')).toBe('1');
    expect(limited?.headers.get('x-ms-error-code')).toBeNull();
    expect(((await limited?.json()) as { error: { code: string } }).error.code).toBe('429');
    expect(mock.rateLimited()).toBeGreaterThan(0);
  } finally {
    await mock.close();
  }
});

test('audit entries newest first, without clientRequestId unless sent; v1.2 reads with authToken "" and no modelVersion', async () => {
  const mock = await startMock({ key: KEY, likeService: { ratePerSecond: 0 } });
  try {
    const face = `${mock.url}/face`;
    const created = (await (
      await fetch(`${face}/v1.1-preview.1/detectLiveness/singleModal/sessions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'd1' }),
      })
    ).json()) as { sessionId: string; authToken: string };
    for (const clientRequestId of [undefined, 'sent-by-device']) {
      const form = new FormData();
      form.append('Content', new Blob([new Uint8Array([1, 2, 3])]), 'video.webp');
      await fetch(`${face}/v1.1-preview.1/detectLiveness/singleModal`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${created.authToken}`,
          ...(clientRequestId ? { 'client-request-id': clientRequestId } : {}),
        },
        body: form,
      });
    }
    const audit = (await (
      await fetch(`${face}/v1.1-preview.1/detectLiveness/singleModal/sessions/${created.sessionId}/audit`, { headers })
    ).json()) as Record<string, unknown>[];
    expect(audit.map((e) => e.id)).toEqual([2, 1]);
    expect(audit[0].clientRequestId).toBe('sent-by-device');
    expect('clientRequestId' in audit[1]).toBe(false);

    const ga = await fetch(`${face}/v1.2/detectLiveness-sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'd2' }),
    });
    const session = (await ga.json()) as { sessionId: string; authToken: string; modelVersion?: string };
    expect(session.authToken).not.toBe('');
    expect(session.modelVersion).toBeDefined();
    const read = (await (
      await fetch(`${face}/v1.2/detectLiveness-sessions/${session.sessionId}`, { headers })
    ).json()) as Record<string, unknown>;
    expect(read.authToken).toBe('');
    expect('modelVersion' in read).toBe(false);
  } finally {
    await mock.close();
  }
});

test("a write to another client's session is counted and reported", async () => {
  const told: string[] = [];
  const onForeignWrite = (method: string, id: string): number => told.push(`${method} ${id}`);
  const mock = await startMock({ key: KEY, likeService: { ratePerSecond: 0, onForeignWrite } });
  try {
    const [id] = [...mock.foreignIds()];
    expect(mock.foreignWrites()).toBe(0);
    for (const family of ['detectLiveness', 'detectLivenessWithVerify'])
      await fetch(`${mock.url}/face/v1.1-preview.1/${family}/singleModal/sessions/${id}`, {
        method: 'DELETE',
        headers,
      });
    expect(mock.foreignWrites()).toBe(2);
    expect(told).toEqual([`DELETE ${id}`, `DELETE ${id}`]);
  } finally {
    await mock.close();
  }
});

test('the whole suite passes the service-like mock (every supported version) and touches no foreign session', async () => {
  test.setTimeout(600_000);
  const foreign: string[] = [];
  // A per-second limit the runs cross now and then: 429s with Retry-After 1 are part of the service.
  const targets: Target[] = SUPPORTED_VERSIONS.map((version) => ({
    name: 'like-service',
    version,
    mock: {
      likeService: {
        ratePerSecond: 50,
        onForeignWrite: (method, id) => foreign.push(`${version} ${method} ${id}`),
      },
    },
  }));
  const run = await runSelfCheck(targets);
  for (const t of targets) {
    const r = run.results.get(runName(t));
    expect(r, `${runName(t)} ran\n${run.output.slice(-2000)}`).toBeDefined();
    expect([...(r?.failedChecks ?? [])], `${runName(t)}\n${run.output.slice(-2000)}`).toEqual([]);
    expect(r?.errors, runName(t)).toEqual([]);
    expect(r?.passedChecks.size ?? 0, runName(t)).toBeGreaterThan(3);
  }
  expect(run.code, run.output.slice(-2000)).toBe(0);
  expect(foreign).toEqual([]);
});
