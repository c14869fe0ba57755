import { createHash } from 'node:crypto';
import { API_VERSIONS, registry } from '../../schemas';
import { FAMILIES, MockClient, multipart } from './client';
import { expect, test } from './fixtures';

const reg = registry();
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

for (const version of API_VERSIONS) {
  for (const family of FAMILIES) {
    const sessionDef = family === 'liveness' ? 'LivenessSession' : 'LivenessWithVerifySession';
    const createDef = family === 'liveness' ? 'CreateLivenessSessionResult' : 'CreateLivenessWithVerifySessionResult';

    test(`${version} ${family}: create, get, list, delete`, async ({ mock }) => {
      const c = new MockClient(mock, version);
      const created = await c.create(family, {
        livenessOperationMode: 'PassiveActive',
        deviceCorrelationId: 'dev-7',
        authTokenTimeToLiveInSeconds: 120,
      });
      expect(created.status).toBe(200);
      expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reg.validate(version, createDef, created.json)).toEqual([]);
      const id = created.json.sessionId as string;

      const got = await c.get(family, id);
      expect(got.status).toBe(200);
      expect(reg.validate(version, sessionDef, got.json)).toEqual([]);
      expect(got.json).toMatchObject({ id, status: 'NotStarted', deviceCorrelationId: 'dev-7', sessionExpired: false });
      expect(got.json.authTokenTimeToLiveInSeconds).toBe(120);
      expect(got.json.createdDateTime).toMatch(RFC3339);
      expect(got.json.result).toBeUndefined();

      const listed = await c.list(family);
      expect(listed.status).toBe(200);
      expect(listed.json.map((s: { id: string }) => s.id)).toEqual([id]);
      for (const item of listed.json) expect(reg.validate(version, 'LivenessSessionItem', item)).toEqual([]);
      const other = family === 'liveness' ? 'livenessWithVerify' : 'liveness';
      expect((await c.list(other)).json).toEqual([]);

      const deleted = await c.del(family, id);
      expect(deleted.status).toBe(200);
      expect(deleted.text).toBe('');
      expect((await c.get(family, id)).status).toBe(404);
      expect((await c.list(family)).json).toEqual([]);
      expect((await c.del(family, id)).status).toBe(404);
    });

    test(`${version} ${family}: default TTL 600, the documented conflict is accepted`, async ({ mock }) => {
      const c = new MockClient(mock, version);
      const { sessionId } = await c.session(family, { deviceCorrelationIdSetInClient: true, deviceCorrelationId: 'x' });
      const got = await c.get(family, sessionId);
      expect(got.json.authTokenTimeToLiveInSeconds).toBe(600);
      expect(got.json.deviceCorrelationId).toBe('x');
      const noId = await c.create(family, { livenessOperationMode: 'Passive', deviceCorrelationIdSetInClient: true });
      expect(noId.status).toBe(200);
      expect((await c.get(family, noId.json.sessionId)).json.deviceCorrelationId).toBeNull();
    });

    test(`${version} ${family}: device calls fill the audit trail and the result`, async ({ mock }) => {
      const c = new MockClient(mock, version);
      const { sessionId, authToken } = await c.session(family, { sendResultsToClient: true });
      const first = await c.device(family, authToken, {
        clientRequestId: 'client-1',
        headers: { 'User-Agent': 'ua/1' },
      });
      expect(first.status).toBe(200);
      expect(reg.validate(version, 'LivenessResponseBody', first.json)).toEqual([]);
      expect(first.json.livenessDecision).toBe('realface');
      const second = await c.device(family, authToken, { content: 'a spoof attempt' });
      expect(second.json.livenessDecision).toBe('spoofface');

      const audit = await c.audit(family, sessionId);
      expect(audit.status).toBe(200);
      expect(audit.json).toHaveLength(2);
      for (const e of audit.json) expect(reg.validate(version, 'LivenessSessionAuditEntry', e)).toEqual([]);
      const [a, b] = audit.json;
      expect(a).toMatchObject({
        id: 1,
        sessionId,
        requestId: first.headers['apim-request-id'],
        clientRequestId: 'client-1',
        request: { url: c.base(family), method: 'POST', contentType: 'multipart/form-data', contentLength: first.sent },
        response: { statusCode: 200, body: first.json },
      });
      expect(a.request.userAgent).toBe('ua/1');
      expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(a.receivedDateTime).toMatch(RFC3339);
      expect(b).toMatchObject({ id: 2, requestId: second.headers['apim-request-id'], clientRequestId: null });

      const got = await c.get(family, sessionId);
      expect(reg.validate(version, sessionDef, got.json)).toEqual([]);
      expect(got.json.status).toBe('ResultAvailable');
      expect(got.json.sessionStartDateTime).toMatch(RFC3339);
      expect(got.json.result).toEqual(b);
      expect((await c.audit(family, sessionId, '?start=1')).json).toEqual([b]);
      expect((await c.audit(family, sessionId, '?top=1')).json).toEqual([a]);
    });

    test(`${version} ${family}: without sendResultsToClient the device gets 204, the audit keeps the body`, async ({
      mock,
    }) => {
      const c = new MockClient(mock, version);
      const { sessionId, authToken } = await c.session(family);
      const r = await c.device(family, authToken);
      expect(r.status).toBe(204);
      expect(r.text).toBe('');
      expect(r.headers['apim-request-id']).toBeTruthy();
      const [entry] = (await c.audit(family, sessionId)).json;
      expect(entry.response.statusCode).toBe(204);
      expect(entry.response.body.livenessDecision).toBe('realface');
    });
  }

  test(`${version}: create with verify image (multipart) fills verifyImage; device call needs no VerifyImage`, async ({
    mock,
  }) => {
    const c = new MockClient(mock, version);
    const params = { livenessOperationMode: 'Passive', deviceCorrelationId: 'd', sendResultsToClient: true };
    const created = await c.createWithImage(params);
    expect(created.status).toBe(200);
    expect(reg.validate(version, 'CreateLivenessWithVerifySessionResult', created.json)).toEqual([]);
    expect(created.json.verifyImage.faceRectangle).toBeTruthy();
    const { body, type } = multipart([{ name: 'Content', value: 'frames', filename: 'c.bin' }]);
    const headers = { Authorization: `Bearer ${created.json.authToken}`, 'Content-Type': type };
    const r = await c.call('POST', c.base('livenessWithVerify'), headers, body);
    expect(r.status).toBe(200);
    expect(r.json.verifyResult.isIdentical).toBe(true);
  });

  test(`${version}: a with-verify session created by JSON needs a VerifyImage part`, async ({ mock }) => {
    const c = new MockClient(mock, version);
    const { authToken } = await c.session('livenessWithVerify');
    const { body, type } = multipart([{ name: 'Content', value: 'frames', filename: 'c.bin' }]);
    const headers = { Authorization: `Bearer ${authToken}`, 'Content-Type': type };
    const r = await c.call('POST', c.base('livenessWithVerify'), headers, body);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadArgument');
  });
}

test('v1.2-preview.1: session image and verify image hash', async ({ mock }) => {
  const c = new MockClient(mock, 'v1.2-preview.1');
  const { sessionId, authToken } = await c.session('livenessWithVerify', {
    enableSessionImage: true,
    returnVerifyImageHash: true,
    livenessSingleModalModel: '2023-12-20-preview.06',
  });
  await c.device('livenessWithVerify', authToken, { content: 'image-bytes', verifyImage: 'verify' });
  const [entry] = (await c.audit('livenessWithVerify', sessionId)).json;
  expect(entry.verifyImageHash).toBe(createHash('sha256').update('verify').digest('hex'));
  expect(entry.response.body.modelVersionUsed).toBe('2023-12-20-preview.06');
  const image = await c.call('GET', `/face/v1.2-preview.1/session/sessionImages/${entry.sessionImageId}`);
  expect(image.status).toBe(200);
  expect(image.text).toBe('image-bytes');
  expect((await c.call('GET', '/face/v1.2-preview.1/session/sessionImages/nope')).status).toBe(404);
  // v1.1-preview.1 documents neither the operation nor the fields.
  expect((await c.call('GET', `/face/v1.1-preview.1/session/sessionImages/${entry.sessionImageId}`)).status).toBe(404);
  const [v11] = (await new MockClient(mock, 'v1.1-preview.1').audit('livenessWithVerify', sessionId)).json;
  expect(v11.sessionImageId).toBeUndefined();
  await c.del('livenessWithVerify', sessionId);
  expect((await c.call('GET', `/face/v1.2-preview.1/session/sessionImages/${entry.sessionImageId}`)).status).toBe(404);
});

test('unknown version and unknown path: 404 FaceErrorResponse; wrong method: 405', async ({ mock }) => {
  const c = new MockClient(mock, 'v1.1-preview.1');
  for (const path of ['/face/v9.9/detectLiveness/singleModal/sessions', '/nope', '/face/v1.1-preview.1/x']) {
    const r = await c.call('GET', path);
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe(r.headers['x-ms-error-code']);
  }
  const r = await c.call('PUT', `${c.base('liveness')}/sessions`);
  expect(r.status).toBe(405);
  expect(r.headers.allow).toBe('POST, GET');
});
