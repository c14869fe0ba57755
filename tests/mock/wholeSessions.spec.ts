import { registry } from '../../schemas';
import type { MockHandle } from '../../mock';
import type { RawPart, Reply } from './client';
import { multipart, send } from './client';
import { expect, test } from './fixtures';

const reg = registry();
const base = '/face/v1.2';

function key(mock: MockHandle, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Ocp-Apim-Subscription-Key': mock.key, ...extra };
}

function createLiveness(mock: MockHandle, body: Record<string, unknown>): Promise<Reply> {
  return send(
    mock.url,
    'POST',
    `${base}/detectLiveness-sessions`,
    key(mock, { 'Content-Type': 'application/json' }),
    JSON.stringify(body),
  );
}

function createWithVerify(mock: MockHandle, fields: Record<string, string>, image = true): Promise<Reply> {
  const parts: RawPart[] = Object.entries(fields).map(([name, value]) => ({ name, value }));
  if (image) parts.push({ name: 'verifyImage', value: 'jpeg-bytes', filename: 'v.jpg' });
  const mp = multipart(parts);
  return send(
    mock.url,
    'POST',
    `${base}/detectLivenessWithVerify-sessions`,
    key(mock, { 'Content-Type': mp.type }),
    mp.body,
  );
}

function device(mock: MockHandle, path: string, token: string, content = 'frames'): Promise<Reply> {
  const mp = multipart([{ name: 'Content', value: content, filename: 'c.bin' }]);
  return send(
    mock.url,
    'POST',
    `${base}${path}`,
    { Authorization: `Bearer ${token}`, 'Content-Type': mp.type },
    mp.body,
  );
}

test('v1.2 liveness: create returns the whole session, get reads it, delete answers 204 then 404', async ({ mock }) => {
  const created = await createLiveness(mock, { livenessOperationMode: 'Passive', deviceCorrelationId: 'd-1' });
  expect(created.status).toBe(200);
  expect(reg.validate('v1.2', 'LivenessSession', created.json)).toEqual([]);
  expect(created.json).toMatchObject({ status: 'NotStarted', modelVersion: '2024-11-15', results: { attempts: [] } });
  const path = `${base}/detectLiveness-sessions/${created.json.sessionId as string}`;
  const got = await send(mock.url, 'GET', path, key(mock));
  expect(got.status).toBe(200);
  expect(got.json).toEqual(created.json);
  const deleted = await send(mock.url, 'DELETE', path, key(mock));
  expect(deleted.status).toBe(204);
  expect(deleted.text).toBe('');
  expect((await send(mock.url, 'GET', path, key(mock))).status).toBe(404);
});

test('v1.2 with verify: multipart flat fields and verifyImage; JSON and a missing image are refused', async ({
  mock,
}) => {
  const ok = await createWithVerify(mock, {
    livenessOperationMode: 'PassiveActive',
    deviceCorrelationId: 'd-2',
    authTokenTimeToLiveInSeconds: '120',
    returnVerifyImageHash: 'true',
    livenessModelVersion: '2024-11-15',
  });
  expect(ok.status).toBe(200);
  expect(reg.validate('v1.2', 'LivenessWithVerifySession', ok.json)).toEqual([]);
  expect(
    (await createWithVerify(mock, { livenessOperationMode: 'Passive', deviceCorrelationId: 'd' }, false)).status,
  ).toBe(400);
  const ttl = await createWithVerify(mock, {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: 'd',
    authTokenTimeToLiveInSeconds: '59',
  });
  expect(ttl.json.error.code).toBe('InvalidTokenLifetime');
  const json = await send(
    mock.url,
    'POST',
    `${base}/detectLivenessWithVerify-sessions`,
    key(mock, { 'Content-Type': 'application/json' }),
    '{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}',
  );
  expect(json.status).toBe(415);
});

test('v1.2 refuses preview fields and has no list or audit operations', async ({ mock }) => {
  const old = await createLiveness(mock, {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: 'd',
    sendResultsToClient: true,
  });
  expect(old.status).toBe(400);
  expect(old.json.error.code).toBe('InvalidRequestBody');
  const model = await createLiveness(mock, {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: 'd',
    livenessSingleModalModel: '2024-11-15',
  });
  expect(model.status).toBe(400);
  expect((await send(mock.url, 'GET', `${base}/detectLiveness-sessions`, key(mock))).status).toBe(405);
  expect((await send(mock.url, 'GET', `${base}/detectLiveness/singleModal/sessions`, key(mock))).status).toBe(404);
  expect((await send(mock.url, 'GET', `${base}/detectLiveness-sessions/x/audit`, key(mock))).status).toBe(404);
});

test('v1.2 simulated device call appends attempts numbered from 1; session images are served', async ({ mock }) => {
  const created = await createLiveness(mock, {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: 'd',
    enableSessionImage: true,
  });
  const { sessionId, authToken } = created.json as { sessionId: string; authToken: string };
  expect((await device(mock, '/detectLiveness/singleModal', authToken)).status).toBe(204);
  expect((await device(mock, '/detectLiveness/singleModal', authToken, 'spoof')).status).toBe(204);
  const got = await send(mock.url, 'GET', `${base}/detectLiveness-sessions/${sessionId}`, key(mock));
  expect(reg.validate('v1.2', 'LivenessSession', got.json)).toEqual([]);
  expect(got.json.status).toBe('Succeeded');
  const attempts = got.json.results.attempts as { attemptId: number; result: Record<string, string> }[];
  expect(attempts.map((a) => a.attemptId)).toEqual([1, 2]);
  expect(attempts[1].result.livenessDecision).toBe('spoofface');
  const image = await send(mock.url, 'GET', `${base}/sessionImages/${attempts[0].result.sessionImageId}`, key(mock));
  expect(image.status).toBe(200);
  // The frames sent are no image: the mock stores its placeholder JPEG (a session image is an image).
  expect(image.text).toContain('JFIF');
  // The token is refused on the other family, by management calls, and once the session is deleted.
  expect((await device(mock, '/detectLivenessWithVerify/singleModal', authToken)).status).toBe(401);
  const asManagement = await send(mock.url, 'GET', `${base}/detectLiveness-sessions/${sessionId}`, {
    Authorization: `Bearer ${authToken}`,
  });
  expect(asManagement.status).toBe(401);
  await send(mock.url, 'DELETE', `${base}/detectLiveness-sessions/${sessionId}`, key(mock));
  expect((await device(mock, '/detectLiveness/singleModal', authToken)).status).toBe(401);
});

test('v1.2 management calls need the key: 401 without it or with a wrong one', async ({ mock }) => {
  const path = `${base}/detectLiveness-sessions`;
  const body = '{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}';
  expect((await send(mock.url, 'POST', path, { 'Content-Type': 'application/json' }, body)).status).toBe(401);
  const wrong = await send(
    mock.url,
    'POST',
    path,
    { 'Ocp-Apim-Subscription-Key': 'nope', 'Content-Type': 'application/json' },
    body,
  );
  expect(wrong.status).toBe(401);
  expect(wrong.headers['x-ms-error-code']).toBe('401');
});
