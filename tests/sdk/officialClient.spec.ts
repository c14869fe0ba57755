/**
 * The official JavaScript client of v1.2 (`@azure-rest/ai-vision-face` 1.0.0-beta.3, generated from the
 * service's TypeSpec) runs its liveness flows against the embedded mock, plain and service-like: every answer
 * is one the client expects (`isUnexpected` false), except the documented 404 of a deleted session. The
 * device's own call is not the client's (the mobile SDK makes it): the test simulates it (CONTRACT.md §5).
 */
import createClient, { isUnexpected } from '@azure-rest/ai-vision-face';
import type { FaceClient } from '@azure-rest/ai-vision-face';
import { AzureKeyCredential } from '@azure/core-auth';
import { expect, test } from '@playwright/test';
import { filetypeinfo } from 'magic-bytes.js';
import type { MockHandle, MockOptions } from '../../mock';
import { startMock } from '../../mock';
import { registry } from '../../schemas';

const KEY = 'official-client-key-0123456789abcdef';
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=',
  'base64',
);

/** The client as an app server makes it, pointed at the mock (http, so insecure connections allowed; no retries). */
function clientFor(mock: MockHandle): FaceClient {
  return createClient(mock.url, new AzureKeyCredential(KEY), {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });
}

/** The device's call (simulated; not the client's): one attempt on the session. */
async function deviceCall(mock: MockHandle, path: string, token: string): Promise<number> {
  const form = new FormData();
  form.append('Content', new Blob([JPEG]), 'content.jpg');
  const res = await fetch(`${mock.url}/face/v1.2/${path}/singleModal`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  return res.status;
}

/** The bytes of a session image, read with the client's stream (its string body is not bytes). */
async function imageBytes(client: FaceClient, id: string): Promise<{ status: string; bytes: Buffer }> {
  const res = await client.path('/sessionImages/{sessionImageId}', id).get().asNodeStream();
  const chunks: Buffer[] = [];
  for await (const chunk of res.body ?? []) chunks.push(Buffer.from(chunk as Uint8Array));
  return { status: res.status, bytes: Buffer.concat(chunks) };
}

const MODES: [string, MockOptions][] = [
  ['plain', {}],
  ['service-like', { likeService: { ratePerSecond: 0 } }],
];

for (const [mode, options] of MODES) {
  test(`the official v1.2 client: liveness session create, get, session image, delete (${mode} mock)`, async () => {
    const mock = await startMock({ ...options, key: KEY });
    try {
      const client = clientFor(mock);
      const created = await client.path('/detectLiveness-sessions').post({
        body: { livenessOperationMode: 'Passive', deviceCorrelationId: 'official-client-1', enableSessionImage: true },
      });
      if (isUnexpected(created)) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
      expect(created.body.status).toBe('NotStarted');
      expect(registry().validate('v1.2', 'LivenessSession', created.body)).toEqual([]);
      const { sessionId, authToken } = created.body;
      expect(await deviceCall(mock, 'detectLiveness', authToken)).toBe(204);
      const got = await client.path('/detectLiveness-sessions/{sessionId}', sessionId).get();
      if (isUnexpected(got)) throw new Error(`get: ${got.status} ${JSON.stringify(got.body)}`);
      expect(registry().validate('v1.2', 'LivenessSession', got.body)).toEqual([]);
      const [attempt] = got.body.results.attempts;
      expect(attempt.attemptId).toBe(1);
      const image = await imageBytes(client, attempt.result?.sessionImageId ?? '');
      expect(image.status).toBe('200');
      expect(filetypeinfo(image.bytes).map((t) => t.mime)).toContain('image/jpeg');
      const deleted = await client.path('/detectLiveness-sessions/{sessionId}', sessionId).delete();
      if (isUnexpected(deleted)) throw new Error(`delete: ${deleted.status} ${JSON.stringify(deleted.body)}`);
      expect(deleted.status).toBe('204');
      // The one answer the client does not expect: the documented 404 of a deleted session.
      const gone = await client.path('/detectLiveness-sessions/{sessionId}', sessionId).get();
      expect(isUnexpected(gone) && gone.status).toBe('404');
      expect(isUnexpected(gone) && gone.body.error.code).toBe('SessionNotFound');
    } finally {
      await mock.close();
    }
  });

  test(`the official v1.2 client: liveness-with-verify session, multipart create, get, delete (${mode} mock)`, async () => {
    const mock = await startMock({ ...options, key: KEY });
    try {
      const client = clientFor(mock);
      const created = await client.path('/detectLivenessWithVerify-sessions').post({
        contentType: 'multipart/form-data',
        body: [
          { name: 'verifyImage', body: JPEG, filename: 'verifyImage.jpg' },
          { name: 'livenessOperationMode', body: 'PassiveActive' },
          { name: 'deviceCorrelationId', body: 'official-client-2' },
          { name: 'enableSessionImage', body: true },
          { name: 'returnVerifyImageHash', body: true },
          { name: 'verifyConfidenceThreshold', body: 0.5 },
          { name: 'authTokenTimeToLiveInSeconds', body: 120 },
        ],
      });
      if (isUnexpected(created)) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
      expect(registry().validate('v1.2', 'LivenessWithVerifySession', created.body)).toEqual([]);
      const { sessionId, authToken } = created.body;
      expect(await deviceCall(mock, 'detectLivenessWithVerify', authToken)).toBe(204);
      const got = await client.path('/detectLivenessWithVerify-sessions/{sessionId}', sessionId).get();
      if (isUnexpected(got)) throw new Error(`get: ${got.status} ${JSON.stringify(got.body)}`);
      expect(registry().validate('v1.2', 'LivenessWithVerifySession', got.body)).toEqual([]);
      expect(got.body.results.verifyReferences.length).toBeGreaterThan(0);
      expect(got.body.results.attempts[0].result?.verifyResult?.isIdentical).toBe(true);
      const deleted = await client.path('/detectLivenessWithVerify-sessions/{sessionId}', sessionId).delete();
      if (isUnexpected(deleted)) throw new Error(`delete: ${deleted.status} ${JSON.stringify(deleted.body)}`);
      const gone = await client.path('/detectLivenessWithVerify-sessions/{sessionId}', sessionId).get();
      expect(isUnexpected(gone) && gone.status).toBe('404');
    } finally {
      await mock.close();
    }
  });
}
