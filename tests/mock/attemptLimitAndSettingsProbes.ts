import type { MockClient } from './client';
import { multipart } from './client';

/** v1.3-preview.1 calls (reference/v1.3-preview.1), whatever version the client addresses otherwise. */
const BASE = '/face/v1.3-preview.1';
const SESSIONS = `${BASE}/detectLiveness-sessions`;

const json = (c: MockClient) => ({ ...c.auth, 'Content-Type': 'application/json' });

/** A v1.3 liveness session created with the given extra fields. */
async function session(c: MockClient, extra: Record<string, unknown> = {}) {
  const body = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1', userCorrelationId: 'u', ...extra };
  const r = await c.call('POST', SESSIONS, json(c), JSON.stringify(body));
  if (r.status !== 200) throw new Error(`v1.3 create failed: ${r.status} ${r.text}`);
  return r.json as { sessionId: string; authToken: string; expectedClientIpAddress?: string };
}

async function device(c: MockClient, token: string): Promise<number> {
  const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': type };
  return (await c.call('POST', `${BASE}/detectLiveness/singleModal`, headers, body)).status;
}

/** Device calls until one is refused (at most 4); the number accepted. */
async function accepted(c: MockClient, allowed: number): Promise<number> {
  const s = await session(c, { numberOfClientAttemptsAllowed: allowed });
  let n = 0;
  while (n < 4 && (await device(c, s.authToken)) < 300) n++;
  return n;
}

/** One probe per v1.3-preview.1 fault (mock/faults.ts), from outside, with documented rules only. */
export const ATTEMPT_LIMIT_AND_SETTINGS_PROBES = {
  'v13-attempts-beyond-allowed-accepted': async (c: MockClient) => (await accepted(c, 1)) > 1,
  'v13-attempts-allowed-ignored': async (c: MockClient) => (await accepted(c, 2)) !== 2,
  'v13-expected-ip-not-kept': async (c: MockClient) =>
    (await session(c, { expectedClientIpAddress: '10.0.0.0/8' })).expectedClientIpAddress !== '10.0.0.0/8',
  'v13-settings-not-persisted': async (c: MockClient) => {
    const body = JSON.stringify({ livenessAbuseMonitoring: { enabled: true } });
    await c.call('PATCH', `${BASE}/settings`, json(c), body);
    const got = await c.call('GET', `${BASE}/settings`);
    return got.json?.livenessAbuseMonitoring?.enabled !== true;
  },
  'v13-session-image-not-image': async (c: MockClient) => {
    const s = await session(c, { enableSessionImage: true, numberOfClientAttemptsAllowed: 1 });
    await device(c, s.authToken);
    const got = await c.call('GET', `${SESSIONS}/${s.sessionId}`);
    const id = got.json?.results?.attempts?.[0]?.result?.sessionImageId as string;
    return (await c.call('GET', `${BASE}/sessionImages/${id}`)).text === '{"image":null}';
  },
  'v13-abuse-flag-as-text': async (c: MockClient) =>
    typeof (await c.call('GET', `${SESSIONS}/${(await session(c)).sessionId}`)).json?.isAbuseMonitoringEnabled !==
    'boolean',
  'v13-client-information-without-ip': async (c: MockClient) => {
    const s = await session(c);
    await device(c, s.authToken);
    const got = await c.call('GET', `${SESSIONS}/${s.sessionId}`);
    return typeof got.json?.results?.attempts?.[0]?.clientInformation?.[0]?.ip !== 'string';
  },
  'v13-client-token-not-base64': async (c: MockClient) => {
    const t = (await c.call('GET', `${BASE}/settings/getClientAssetsAccessToken`)).json as Record<string, string>;
    return Buffer.from(t.base64AccessToken, 'base64').toString('base64') !== t.base64AccessToken;
  },
} as const;
