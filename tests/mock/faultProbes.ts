import type { FaultName } from '../../mock/faults';
import type { Family, MockClient } from './client';
import { multipart } from './client';
import { WHOLE_SESSION_PROBES } from './wholeSessionFaultProbes';
import { PATH_PROBES } from './pathProbes';
import { ATTEMPT_LIMIT_AND_SETTINGS_PROBES } from './attemptLimitAndSettingsProbes';

/** Detects one fault from outside, with documented rules only: true when the deviation is seen. */
export type Probe = (c: MockClient) => Promise<boolean>;

const L: Family = 'liveness';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const LONG_TTL = { authTokenTimeToLiveInSeconds: 86400 };

const refused = async (c: MockClient, body: Record<string, unknown>) => (await c.create(L, body)).status !== 400;
const mode = { livenessOperationMode: 'Passive' };
const device = { deviceCorrelationId: 'device-1' };

async function fresh(c: MockClient, extra: Record<string, unknown> = {}) {
  const s = await c.session(L, { ...LONG_TTL, ...extra });
  return { ...s, got: (await c.get(L, s.sessionId)).json };
}

/** A session with `calls` device calls made; returns its audit trail and the device's answers. */
async function called(c: MockClient, calls = 1, extra: Record<string, unknown> = {}) {
  const s = await c.session(L, { ...LONG_TTL, ...extra });
  const answers = [];
  for (let i = 0; i < calls; i++) answers.push(await c.device(L, s.authToken, { clientRequestId: `cr-${i}` }));
  return { ...s, answers, audit: (await c.audit(L, s.sessionId)).json };
}

async function ids(c: MockClient, query = ''): Promise<string[]> {
  return ((await c.list(L, query)).json as { id: string }[]).map((s) => s.id);
}

async function created(c: MockClient, n: number): Promise<string[]> {
  for (let i = 0; i < n; i++) await c.session(L);
  return ids(c);
}

const unknown = (c: MockClient) => c.get(L, 'no-such-session');

/** v1.2 GA calls (CONTRACT.md §5), whatever version the client addresses otherwise. */
const GA_SESSIONS = '/face/v1.2/detectLiveness-sessions';
const gaCreate = (c: MockClient) =>
  c.call(
    'POST',
    GA_SESSIONS,
    { ...c.auth, 'Content-Type': 'application/json' },
    JSON.stringify({ ...mode, ...device }),
  );
async function gaSession(c: MockClient): Promise<{ sessionId: string; authToken: string }> {
  const r = await gaCreate(c);
  if (r.status !== 200 && r.status !== 201) throw new Error(`v1.2 create failed: ${r.status} ${r.text}`);
  return r.json as { sessionId: string; authToken: string };
}
const gaGet = (c: MockClient, id: string) => c.call('GET', `${GA_SESSIONS}/${id}`);
const gaDelete = (c: MockClient, id: string) => c.call('DELETE', `${GA_SESSIONS}/${id}`);
async function gaDevice(c: MockClient, token: string) {
  const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
  return c.call(
    'POST',
    '/face/v1.2/detectLiveness/singleModal',
    { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body,
  );
}

/** One probe per planted fault; the type makes a missing probe a compile error. */
export const PROBES: Record<FaultName, Probe> = {
  'status-lowercase': async (c) => !['NotStarted', 'Started', 'ResultAvailable'].includes((await fresh(c)).got.status),
  'created-date-not-rfc3339': async (c) => !RFC3339.test((await fresh(c)).got.createdDateTime),
  'ttl-as-string': async (c) => typeof (await fresh(c)).got.authTokenTimeToLiveInSeconds !== 'number',
  'create-missing-auth-token': async (c) =>
    typeof (await c.create(L, { ...mode, ...device })).json.authToken !== 'string',
  'audit-id-as-string': async (c) => typeof (await called(c)).audit[0].id !== 'number',
  'decision-outside-enum': async (c) => {
    const { answers } = await called(c, 1, { sendResultsToClient: true });
    return !['uncertain', 'realface', 'spoofface'].includes(answers[0].json?.livenessDecision);
  },
  'accept-ttl-below-minimum': (c) => refused(c, { ...mode, ...device, authTokenTimeToLiveInSeconds: 59 }),
  'accept-ttl-above-maximum': (c) => refused(c, { ...mode, ...device, authTokenTimeToLiveInSeconds: 86401 }),
  'accept-missing-operation-mode': (c) => refused(c, { ...device }),
  'accept-unknown-operation-mode': (c) => refused(c, { livenessOperationMode: 'Active', ...device }),
  'accept-missing-device-id': (c) => refused(c, { ...mode }),
  'accept-long-device-id': (c) => refused(c, { ...mode, deviceCorrelationId: 'd'.repeat(65) }),
  'malformed-json-500': async (c) => {
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    return (await c.call('POST', `${c.base(L)}/sessions`, headers, '{"livenessOperationMode":')).status >= 500;
  },
  'accept-top-out-of-range': async (c) =>
    (await c.list(L, '?top=0')).status !== 400 || (await c.list(L, '?top=1001')).status !== 400,
  'accept-long-start': async (c) => (await c.list(L, `?start=${'a'.repeat(65)}`)).status !== 400,
  'list-unsorted': async (c) => {
    const listed = await created(c, 4);
    return listed.join() !== [...listed].sort().join();
  },
  'list-start-inclusive': async (c) => {
    const [first] = [...(await created(c, 2))].sort();
    return (await ids(c, `?start=${first}`)).includes(first);
  },
  'list-top-ignored': async (c) => (await created(c, 2)) && (await ids(c, '?top=1')).length > 1,
  'audit-start-ignored': async (c) => {
    const { sessionId } = await called(c, 2);
    return ((await c.audit(L, sessionId, '?start=1')).json as { id: number }[]).some((e) => e.id <= 1);
  },
  'audit-top-ignored': async (c) => {
    const { sessionId } = await called(c, 2);
    return (await c.audit(L, sessionId, '?top=1')).json.length > 1;
  },
  'ttl-not-persisted': async (c) => {
    const { sessionId } = await c.session(L, { authTokenTimeToLiveInSeconds: 120 });
    return (await c.get(L, sessionId)).json.authTokenTimeToLiveInSeconds !== 120;
  },
  'default-ttl-not-600': async (c) => {
    const { sessionId } = await c.session(L);
    return (await c.get(L, sessionId)).json.authTokenTimeToLiveInSeconds !== 600;
  },
  'device-id-not-persisted': async (c) =>
    (await fresh(c, { deviceCorrelationId: 'dev-42' })).got.deviceCorrelationId !== 'dev-42',
  'new-session-started': async (c) => (await fresh(c)).got.status !== 'NotStarted',
  'new-session-has-result': async (c) => (await fresh(c)).got.result != null,
  'created-session-not-listed': async (c) => {
    const { sessionId } = await c.session(L);
    return !(await ids(c)).includes(sessionId);
  },
  'get-after-delete-200': async (c) => {
    const { sessionId } = await c.session(L);
    await c.del(L, sessionId);
    return (await c.get(L, sessionId)).status !== 404;
  },
  'deleted-still-listed': async (c) => {
    const { sessionId } = await c.session(L);
    await c.del(L, sessionId);
    return (await ids(c)).includes(sessionId);
  },
  'token-works-after-delete': async (c) => {
    const { sessionId, authToken } = await c.session(L, LONG_TTL);
    await c.del(L, sessionId);
    return (await c.device(L, authToken)).status !== 401;
  },
  'delete-answers-204': async (c) => (await c.del(L, (await c.session(L)).sessionId)).status !== 200,
  'audit-request-id-mismatch': async (c) => {
    const { answers, audit } = await called(c);
    return audit[0].requestId !== answers[0].headers['apim-request-id'];
  },
  'audit-client-request-id-dropped': async (c) => (await called(c)).audit[0].clientRequestId !== 'cr-0',
  'audit-content-length-wrong': async (c) => {
    const { answers, audit } = await called(c);
    return audit[0].request.contentLength !== answers[0].sent;
  },
  'result-not-newest-entry': async (c) => {
    const { sessionId, audit } = await called(c, 2);
    return (await c.get(L, sessionId)).json.result?.id !== Math.max(...audit.map((e: { id: number }) => e.id));
  },
  'send-results-to-client-ignored': async (c) =>
    (await called(c, 1, { sendResultsToClient: true })).answers[0].status !== 200,
  'audit-other-session-entry': async (c) => {
    await called(c);
    const { sessionId } = await called(c);
    return ((await c.audit(L, sessionId)).json as { sessionId: string }[]).some((e) => e.sessionId !== sessionId);
  },
  'device-accepts-resource-key': async (c) => {
    await c.session(L, LONG_TTL);
    const withKey = await c.device(L, c.mock.key, { headers: { 'Ocp-Apim-Subscription-Key': c.mock.key } });
    return withKey.status !== 401;
  },
  'expired-token-accepted': async (c) => {
    // The probe mock runs 1000 times faster than real time: a 60 s token lives 60 ms.
    const { authToken } = await c.session(L, { authTokenTimeToLiveInSeconds: 60 });
    await new Promise((r) => setTimeout(r, 150));
    return (await c.device(L, authToken)).status !== 401;
  },
  'management-accepts-session-token': async (c) => {
    const { authToken } = await c.session(L, LONG_TTL);
    return (await c.call('GET', `${c.base(L)}/sessions`, { Authorization: `Bearer ${authToken}` })).status !== 401;
  },
  'missing-key-accepted': async (c) => (await c.call('GET', `${c.base(L)}/sessions`, {})).status !== 401,
  'wrong-key-accepted': async (c) =>
    (await c.call('GET', `${c.base(L)}/sessions`, { 'Ocp-Apim-Subscription-Key': 'wrong' })).status !== 401,
  'apim-request-id-missing': async (c) => !(await c.list(L)).headers['apim-request-id'],
  'error-code-header-mismatch': async (c) => {
    const r = await unknown(c);
    return r.headers['x-ms-error-code'] !== r.json?.error?.code;
  },
  'error-body-unwrapped': async (c) => typeof (await unknown(c)).json?.error?.code !== 'string',
  'unknown-session-400': async (c) => (await unknown(c)).status !== 404,
  'unknown-session-500': async (c) => (await unknown(c)).status !== 404,
  'json-content-type-text-plain': async (c) =>
    !String((await c.list(L)).headers['content-type']).startsWith('application/json'),
  'error-code-generic': async (c) =>
    (await c.create(L, { ...mode, ...device, authTokenTimeToLiveInSeconds: 59 })).json?.error?.code !==
    'InvalidTokenLifetime',
  'ga-create-started': async (c) => (await gaCreate(c)).json?.status !== 'NotStarted',
  'ga-create-answers-201': async (c) => (await gaCreate(c)).status !== 200,
  'ga-get-token-changed': async (c) => {
    const s = await gaSession(c);
    return (await gaGet(c, s.sessionId)).json?.authToken !== s.authToken;
  },
  'ga-delete-answers-202': async (c) => (await gaDelete(c, (await gaSession(c)).sessionId)).status === 202,
  'ga-get-after-delete-200': async (c) => {
    const s = await gaSession(c);
    await gaDelete(c, s.sessionId);
    return (await gaGet(c, s.sessionId)).status !== 404;
  },
  'ga-attempts-from-zero': async (c) => {
    const s = await gaSession(c);
    await gaDevice(c, s.authToken);
    return (await gaGet(c, s.sessionId)).json?.results?.attempts?.[0]?.attemptId !== 1;
  },
  'refuse-ttl-on-bound': async (c) =>
    (await c.create(L, { ...mode, ...device, authTokenTimeToLiveInSeconds: 60 })).status !== 200,
  'refuse-64-char-device-id': async (c) =>
    (await c.create(L, { ...mode, deviceCorrelationId: 'd'.repeat(64) })).status !== 200,
  'device-id-length-in-bytes': async (c) =>
    (await c.create(L, { ...mode, deviceCorrelationId: 'é'.repeat(64) })).status !== 200,
  'accept-non-integer-ttl': (c) => refused(c, { ...mode, ...device, authTokenTimeToLiveInSeconds: 600.5 }),
  'refuse-top-on-bound': async (c) => (await c.list(L, '?top=1000')).status !== 200,
  'refuse-64-char-start': async (c) => (await c.list(L, `?start=${'a'.repeat(64)}`)).status !== 200,
  'families-share-ids': async (c) => (await c.get('livenessWithVerify', (await c.session(L)).sessionId)).status !== 404,
  'token-crosses-families': async (c) =>
    (await c.device('livenessWithVerify', (await c.session(L)).authToken)).status < 400,
  'paging-skips-next': async (c) => {
    const all = await created(c, 3);
    return (await ids(c, `?start=${encodeURIComponent(all[0])}`))[0] !== all[1];
  },
  'status-not-updated': async (c) => {
    const { sessionId } = await called(c);
    return (await c.get(L, sessionId)).json?.status !== 'ResultAvailable';
  },
  'device-call-two-entries': async (c) => (await called(c, 1)).audit.length !== 1,
  // The probe mock's clock runs fast: dates are compared with the mock's own later dates, not the local clock.
  'created-date-in-future': async (c) => {
    const { sessionId, audit } = await called(c);
    const created = Date.parse((await c.get(L, sessionId)).json.createdDateTime);
    return created > Date.parse(audit[0].receivedDateTime);
  },
  'created-date-changes': async (c) => {
    const { sessionId } = await c.session(L, LONG_TTL);
    const first = (await c.get(L, sessionId)).json.createdDateTime;
    await new Promise((r) => setTimeout(r, 5));
    return (await c.get(L, sessionId)).json.createdDateTime !== first;
  },
  'session-expired-from-start': async (c) => (await fresh(c)).got.sessionExpired !== false,
  'session-never-expires': async (c) => {
    const { sessionId } = await c.session(L, { authTokenTimeToLiveInSeconds: 60 });
    await new Promise((r) => setTimeout(r, 150));
    return (await c.get(L, sessionId)).json.sessionExpired !== true;
  },
  'list-expired-flag-stale': async (c) => {
    // 300 s is 300 ms on the probe mock's clock: time for the first list to come back before the TTL (a list
    // first: a fresh mock's first list can take that long).
    await c.list(L);
    const { sessionId } = await c.session(L, { authTokenTimeToLiveInSeconds: 300 });
    const page = `?start=${encodeURIComponent(sessionId.slice(0, -1))}&top=1`;
    const before = (await c.list(L, page)).json[0];
    await new Promise((r) => setTimeout(r, 400));
    const after = (await c.list(L, page)).json[0];
    return before?.sessionExpired === false && after?.sessionExpired !== true;
  },
  'verify-result-on-liveness': async (c) =>
    (await called(c, 1, { sendResultsToClient: true })).answers[0].json?.verifyResult !== undefined,
  'audit-body-missing-on-204': async (c) => (await called(c)).audit[0].response.body === undefined,
  'list-default-top-small': async (c) => (await created(c, 2)).length < 2,
  'list-default-top-two': async (c) => (await created(c, 3)).length < 3,
  'audit-start-as-text': async (c) => {
    const { sessionId } = await called(c, 11);
    const after = (await c.audit(L, sessionId, '?start=9')).json as { id: number }[];
    return !after.some((e) => e.id === 10);
  },
  'audit-content-length-in-characters': async (c) => {
    const s = await c.session(L, LONG_TTL);
    const sent = await c.device(L, s.authToken, { content: 'frames é中' });
    const entry = ((await c.audit(L, s.sessionId)).json as { request: { contentLength: number } }[])[0];
    return entry.request.contentLength !== sent.sent;
  },
  'audit-default-top-small': async (c) => (await called(c, 2)).audit.length < 2,
  'session-expired-flag-missing': async (c) => !('sessionExpired' in (await fresh(c)).got),
  'audit-digest-missing': async (c) => (await called(c)).audit[0].digest === undefined,
  'target-file-name-missing': async (c) => (await called(c)).audit[0].response.body.target.fileName === undefined,
  'unknown-session-image-500': async (c) =>
    c.version === 'v1.2-preview.1' &&
    (await c.call('GET', `/face/${c.version}/session/sessionImages/no-such-image`)).status !== 404,
  // The v1.2-preview.1 create options exist in that version only.
  'session-image-not-stored': async (c) =>
    c.version === 'v1.2-preview.1' &&
    (await called(c, 1, { enableSessionImage: true })).audit[0].sessionImageId === undefined,
  'verify-image-hash-not-returned': async (c) => {
    if (c.version !== 'v1.2-preview.1') return false;
    const s = await c.session('livenessWithVerify', { ...LONG_TTL, returnVerifyImageHash: true });
    await c.device('livenessWithVerify', s.authToken, { verifyImage: 'v' });
    return (await c.audit('livenessWithVerify', s.sessionId)).json[0].verifyImageHash === undefined;
  },
  'session-image-always-stored': async (c) =>
    c.version === 'v1.2-preview.1' && (await called(c, 1)).audit[0].sessionImageId !== undefined,
  'verify-image-hash-always-returned': async (c) => {
    if (c.version !== 'v1.2-preview.1') return false;
    const s = await c.session('livenessWithVerify', LONG_TTL);
    await c.device('livenessWithVerify', s.authToken, { verifyImage: 'v' });
    return (await c.audit('livenessWithVerify', s.sessionId)).json[0].verifyImageHash !== undefined;
  },
  'model-version-ignored': async (c) =>
    c.version === 'v1.2-preview.1' &&
    (await called(c, 1, { livenessSingleModalModel: '2023-12-20-preview.06' })).audit[0].response.body
      .modelVersionUsed !== '2023-12-20-preview.06',
  ...WHOLE_SESSION_PROBES,
  ...ATTEMPT_LIMIT_AND_SETTINGS_PROBES,
  ...PATH_PROBES,
};
