import type { FaultName } from '../../mock/faults';
import type { MockClient } from './client';
import { multipart } from './client';

type Probe = (c: MockClient) => Promise<boolean>;

/** The faults of the paths issue 23 walks (a delete from every side, reads after every write). */
type PathProbeName = Extract<
  FaultName,
  | 'second-delete-succeeds'
  | 'delete-crosses-families'
  | 'audit-after-delete-200'
  | 'session-image-kept-after-delete'
  | 'delete-drops-every-image'
  | 'session-image-without-content-type'
  | 'default-ttl-wrong-when-set-in-client'
  | 'session-start-moves'
  | 'image-at-create-result-stale'
  | 'v13-settings-set-back-ignored'
  | 'v13-settings-empty-patch-turns-on'
  | 'v13-expected-ip-forgotten-after-attempt'
  | 'spoof-decision-outside-enum'
  | 'attempt-spoof-decision-outside-enum'
  | 'model-version-changes'
>;

const L = 'liveness';
const W = 'livenessWithVerify';
const V12 = '/face/v1.2';
const V13 = '/face/v1.3-preview.1';

/** A v1.2 session that kept the image of its one attempt: its id and that image's id. */
async function gaSessionWithImage(c: MockClient): Promise<{ sessionId: string; imageId: string }> {
  const fields = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1', enableSessionImage: true };
  const headers = { ...c.auth, 'Content-Type': 'application/json' };
  const created = await c.call('POST', `${V12}/detectLiveness-sessions`, headers, JSON.stringify(fields));
  const { sessionId, authToken } = created.json as { sessionId: string; authToken: string };
  const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
  const device = { Authorization: `Bearer ${authToken}`, 'Content-Type': type };
  await c.call('POST', `${V12}/detectLiveness/singleModal`, device, body);
  const read = await c.call('GET', `${V12}/detectLiveness-sessions/${sessionId}`);
  return { sessionId, imageId: String(read.json?.results?.attempts?.[0]?.result?.sessionImageId) };
}

/** One probe per fault of these paths: true when the deviation is seen, with documented rules only. */
export const PATH_PROBES: Record<PathProbeName, Probe> = {
  'default-ttl-wrong-when-set-in-client': async (c) => {
    const r = await c.create(L, { livenessOperationMode: 'Passive', deviceCorrelationIdSetInClient: true });
    const { sessionId } = r.json as { sessionId: string };
    return (await c.get(L, sessionId)).json?.authTokenTimeToLiveInSeconds !== 600;
  },
  'session-start-moves': async (c) => {
    const { sessionId, authToken } = await c.session(L, { authTokenTimeToLiveInSeconds: 86400 });
    const starts = [];
    for (let i = 0; i < 2; i++) {
      await c.device(L, authToken);
      starts.push((await c.get(L, sessionId)).json?.sessionStartDateTime);
      await new Promise((r) => setTimeout(r, 5));
    }
    return starts[0] !== starts[1];
  },
  'image-at-create-result-stale': async (c) => {
    const params = {
      livenessOperationMode: 'Passive',
      deviceCorrelationId: 'device-1',
      authTokenTimeToLiveInSeconds: 86400,
    };
    const { sessionId, authToken } = (await c.createWithImage(params)).json as { sessionId: string; authToken: string };
    for (let i = 0; i < 2; i++) await c.device(W, authToken);
    const ids = ((await c.audit(W, sessionId)).json as { id: number }[]).map((e) => e.id);
    return (await c.get(W, sessionId)).json?.result?.id !== Math.max(...ids);
  },
  'v13-settings-set-back-ignored': async (c) => {
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    for (const enabled of [true, false])
      await c.call('PATCH', `${V13}/settings`, headers, JSON.stringify({ livenessAbuseMonitoring: { enabled } }));
    return (await c.call('GET', `${V13}/settings`)).json?.livenessAbuseMonitoring?.enabled !== false;
  },
  'v13-settings-empty-patch-turns-on': async (c) => {
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    await c.call('PATCH', `${V13}/settings`, headers, JSON.stringify({ livenessAbuseMonitoring: { enabled: false } }));
    const answer = await c.call('PATCH', `${V13}/settings`, headers, '{}');
    return answer.json?.livenessAbuseMonitoring?.enabled !== false;
  },
  'v13-expected-ip-forgotten-after-attempt': async (c) => {
    const ip = '203.0.113.0/24';
    const fields = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1', expectedClientIpAddress: ip };
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    const created = await c.call('POST', `${V13}/detectLiveness-sessions`, headers, JSON.stringify(fields));
    const { sessionId, authToken } = created.json as { sessionId: string; authToken: string };
    const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
    const device = { Authorization: `Bearer ${authToken}`, 'Content-Type': type };
    await c.call('POST', `${V13}/detectLiveness/singleModal`, device, body);
    return (await c.call('GET', `${V13}/detectLiveness-sessions/${sessionId}`)).json?.expectedClientIpAddress !== ip;
  },
  'spoof-decision-outside-enum': async (c) => {
    const { authToken } = await c.session(L, { sendResultsToClient: true });
    const answer = await c.device(L, authToken, { content: 'liveness-frames: a spoof' });
    return !['uncertain', 'realface', 'spoofface'].includes(answer.json?.livenessDecision);
  },
  'attempt-spoof-decision-outside-enum': async (c) => {
    const fields = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1' };
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    const created = await c.call('POST', `${V12}/detectLiveness-sessions`, headers, JSON.stringify(fields));
    const { sessionId, authToken } = created.json as { sessionId: string; authToken: string };
    const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames: a spoof', filename: 'c.bin' }]);
    await c.call(
      'POST',
      `${V12}/detectLiveness/singleModal`,
      { Authorization: `Bearer ${authToken}`, 'Content-Type': type },
      body,
    );
    const attempt = (await c.call('GET', `${V12}/detectLiveness-sessions/${sessionId}`)).json?.results?.attempts?.[0];
    return !['uncertain', 'realface', 'spoofface'].includes(attempt?.result?.livenessDecision);
  },
  'model-version-changes': async (c) => {
    const fields = {
      livenessOperationMode: 'Passive',
      deviceCorrelationId: 'device-1',
      livenessModelVersion: '2024-11-15',
      numberOfClientAttemptsAllowed: 3,
    };
    const headers = { ...c.auth, 'Content-Type': 'application/json' };
    const created = await c.call('POST', `${V13}/detectLiveness-sessions`, headers, JSON.stringify(fields));
    const { sessionId, authToken } = created.json as { sessionId: string; authToken: string };
    const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
    for (let i = 0; i < 2; i++)
      await c.call(
        'POST',
        `${V13}/detectLiveness/singleModal`,
        { Authorization: `Bearer ${authToken}`, 'Content-Type': type },
        body,
      );
    return (await c.call('GET', `${V13}/detectLiveness-sessions/${sessionId}`)).json?.modelVersion !== '2024-11-15';
  },
  'second-delete-succeeds': async (c) => {
    const { sessionId } = await c.session(L);
    await c.del(L, sessionId);
    return (await c.del(L, sessionId)).status !== 404;
  },
  'delete-crosses-families': async (c) => {
    const { sessionId } = await c.session(L);
    await c.del('livenessWithVerify', sessionId);
    return (await c.get(L, sessionId)).status !== 200;
  },
  'audit-after-delete-200': async (c) => {
    const { sessionId } = await c.session(L);
    await c.del(L, sessionId);
    return (await c.audit(L, sessionId)).status !== 404;
  },
  'session-image-kept-after-delete': async (c) => {
    const { sessionId, imageId } = await gaSessionWithImage(c);
    await c.call('DELETE', `${V12}/detectLiveness-sessions/${sessionId}`);
    return (await c.call('GET', `${V12}/sessionImages/${imageId}`)).status !== 404;
  },
  'delete-drops-every-image': async (c) => {
    const kept = await gaSessionWithImage(c);
    const { sessionId } = await gaSessionWithImage(c);
    await c.call('DELETE', `${V12}/detectLiveness-sessions/${sessionId}`);
    return (await c.call('GET', `${V12}/sessionImages/${kept.imageId}`)).status !== 200;
  },
  'session-image-without-content-type': async (c) => {
    const { imageId } = await gaSessionWithImage(c);
    return (await c.call('GET', `${V12}/sessionImages/${imageId}`)).headers['content-type'] === undefined;
  },
};
