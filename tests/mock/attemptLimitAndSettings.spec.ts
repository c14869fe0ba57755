import { registry } from '../../schemas';
import type { MockHandle } from '../../mock';
import type { Reply } from './client';
import { multipart, send } from './client';
import { expect, test } from './fixtures';

const reg = registry();
const V13 = 'v1.3-preview.1';
const base = `/face/${V13}`;

const key = (mock: MockHandle, extra: Record<string, string> = {}) => ({
  'Ocp-Apim-Subscription-Key': mock.key,
  ...extra,
});

function create(mock: MockHandle, body: Record<string, unknown>): Promise<Reply> {
  const headers = key(mock, { 'Content-Type': 'application/json' });
  return send(mock.url, 'POST', `${base}/detectLiveness-sessions`, headers, JSON.stringify(body));
}

function device(mock: MockHandle, token: string): Promise<Reply> {
  const mp = multipart([{ name: 'Content', value: 'frames', filename: 'c.bin' }]);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': mp.type };
  return send(mock.url, 'POST', `${base}/detectLiveness/singleModal`, headers, mp.body);
}

const user = { livenessOperationMode: 'Passive', deviceCorrelationId: 'd', userCorrelationId: 'u' };

test('v1.3 create keeps the new fields; attempts beyond numberOfClientAttemptsAllowed are refused', async ({
  mock,
}) => {
  const created = await create(mock, {
    ...user,
    numberOfClientAttemptsAllowed: 2,
    expectedClientIpAddress: '10.0.0.1',
  });
  expect(created.status).toBe(200);
  expect(reg.validate(V13, 'LivenessSession', created.json)).toEqual([]);
  expect(created.json).toMatchObject({ isAbuseMonitoringEnabled: false, expectedClientIpAddress: '10.0.0.1' });
  const token = created.json.authToken as string;
  expect([(await device(mock, token)).status, (await device(mock, token)).status]).toEqual([204, 204]);
  expect((await device(mock, token)).status).toBe(403);
  const got = await send(mock.url, 'GET', `${base}/detectLiveness-sessions/${created.json.sessionId}`, key(mock));
  expect(reg.validate(V13, 'LivenessSession', got.json)).toEqual([]);
  expect(got.json.results.attempts.map((a: { attemptId: number }) => a.attemptId)).toEqual([1, 2]);
  expect(got.json.results.attempts[0].clientInformation).toEqual([{ ip: '127.0.0.1' }]);
  // Without the field a session allows one attempt.
  const one = (await create(mock, user)).json.authToken as string;
  expect([(await device(mock, one)).status, (await device(mock, one)).status]).toEqual([204, 403]);
});

test('v1.3 create: the documented disagreements are accepted, the documented bounds refused', async ({ mock }) => {
  // Reference README item 4 (the service accepted 0) and item 11 (the example omits userCorrelationId).
  expect((await create(mock, { ...user, numberOfClientAttemptsAllowed: 0 })).status).toBe(200);
  expect((await create(mock, { livenessOperationMode: 'Passive', deviceCorrelationId: 'd' })).status).toBe(200);
  expect((await create(mock, { ...user, numberOfClientAttemptsAllowed: 'two' })).status).toBe(400);
  const mp = multipart([
    { name: 'livenessOperationMode', value: 'Passive' },
    { name: 'deviceCorrelationId', value: 'd' },
    { name: 'numberOfClientAttemptsAllowed', value: '4' },
    { name: 'verifyImage', value: 'jpeg', filename: 'v.jpg' },
  ]);
  const headers = key(mock, { 'Content-Type': mp.type });
  const form = await send(mock.url, 'POST', `${base}/detectLivenessWithVerify-sessions`, headers, mp.body);
  expect(form.status).toBe(400);
});

test('v1.3 settings: PATCH then GET; abuse monitoring shows on new sessions; the client assets token', async ({
  mock,
}) => {
  const json = key(mock, { 'Content-Type': 'application/json' });
  const before = await send(mock.url, 'GET', `${base}/settings`, key(mock));
  expect(before.json).toEqual({ livenessAbuseMonitoring: { enabled: false } });
  const body = JSON.stringify({ livenessAbuseMonitoring: { enabled: true } });
  const patched = await send(mock.url, 'PATCH', `${base}/settings`, json, body);
  expect(patched.status).toBe(200);
  expect(reg.validate(V13, 'Settings', patched.json)).toEqual([]);
  expect((await send(mock.url, 'GET', `${base}/settings`, key(mock))).json.livenessAbuseMonitoring.enabled).toBe(true);
  const s = await create(mock, user);
  expect(s.json.isAbuseMonitoringEnabled).toBe(true);
  await device(mock, s.json.authToken as string);
  const got = await send(mock.url, 'GET', `${base}/detectLiveness-sessions/${s.json.sessionId}`, key(mock));
  expect(got.json.results.attempts[0].abuseMonitoringResult).toEqual({
    isAbuseDetected: false,
    otherFlaggedSessions: [],
  });
  // The flat body of the PatchSettings example (reference README item 12) is an unknown field here.
  expect((await send(mock.url, 'PATCH', `${base}/settings`, json, '{"enabled":true}')).status).toBe(400);
  expect((await send(mock.url, 'GET', `${base}/settings`)).status).toBe(401);
  const token = await send(mock.url, 'GET', `${base}/settings/getClientAssetsAccessToken`, key(mock));
  expect(reg.validate(V13, 'ClientAssetsAccessTokenResponse', token.json)).toEqual([]);
  expect(Buffer.from(token.json.base64AccessToken as string, 'base64').toString()).toBe(token.json.accessToken);
  // v1.2 has none of it.
  expect((await send(mock.url, 'GET', '/face/v1.2/settings', key(mock))).status).toBe(404);
});
