import { createHash } from 'node:crypto';
import type { FaultName } from '../../mock/faults';
import type { MockClient } from './client';
import { multipart } from './client';

type Probe = (c: MockClient) => Promise<boolean>;

/** The v1.2 faults of issue 15 (the earlier `ga-*` probes live in faultProbes.ts). */
type GaProbeName = Exclude<
  Extract<FaultName, `ga-${string}`>,
  | 'ga-create-started'
  | 'ga-create-answers-201'
  | 'ga-get-token-changed'
  | 'ga-delete-answers-202'
  | 'ga-get-after-delete-200'
  | 'ga-attempts-from-zero'
>;

const V12 = '/face/v1.2';
const PATHS = { liveness: 'detectLiveness', livenessWithVerify: 'detectLivenessWithVerify' } as const;
type Family = keyof typeof PATHS;
const VERIFY_IMAGE = Buffer.from('verify-image-bytes');
const FIELDS = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1' };

/** Creates a v1.2 session (JSON, or multipart flat fields with the verify image); its id and token. */
async function create(c: MockClient, family: Family, extra: Record<string, string | boolean> = {}) {
  const fields: Record<string, string | boolean> = { ...FIELDS, ...extra };
  const path = `${V12}/${PATHS[family]}-sessions`;
  let r;
  if (family === 'liveness') {
    r = await c.call('POST', path, { ...c.auth, 'Content-Type': 'application/json' }, JSON.stringify(fields));
  } else {
    const parts = Object.entries(fields).map(([name, v]) => ({ name, value: String(v) }));
    const { body, type } = multipart([...parts, { name: 'verifyImage', value: VERIFY_IMAGE, filename: 'v.jpg' }]);
    r = await c.call('POST', path, { ...c.auth, 'Content-Type': type }, body);
  }
  if (r.status !== 200) throw new Error(`v1.2 create failed: ${r.status} ${r.text}`);
  return r.json as { sessionId: string; authToken: string };
}

/** A v1.2 session after `calls` simulated device calls, as read back. */
async function attempted(c: MockClient, family: Family = 'liveness', calls = 1, extra = {}) {
  const s = await create(c, family, extra);
  for (let i = 0; i < calls; i++) {
    const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
    const path = `${V12}/${PATHS[family]}/singleModal`;
    await c.call('POST', path, { Authorization: `Bearer ${s.authToken}`, 'Content-Type': type }, body);
  }
  return (await c.call('GET', `${V12}/${PATHS[family]}-sessions/${s.sessionId}`)).json;
}

const firstResult = async (c: MockClient, family: Family = 'liveness', extra = {}) =>
  (await attempted(c, family, 1, extra)).results.attempts[0];
const image = async (c: MockClient) => {
  const id = (await firstResult(c, 'liveness', { enableSessionImage: true })).result.sessionImageId;
  return c.call('GET', `${V12}/sessionImages/${id}`);
};

/** One probe per new v1.2 fault: true when the deviation is seen, with documented rules only. */
export const WHOLE_SESSION_PROBES: Record<GaProbeName, Probe> = {
  'ga-result-without-targets': async (c) => (await firstResult(c)).result.targets === undefined,
  'ga-face-rectangle-fractional': async (c) =>
    !Number.isInteger((await firstResult(c)).result.targets.color.faceRectangle.width),
  'ga-face-rectangle-beyond-int32': async (c) =>
    (await firstResult(c)).result.targets.color.faceRectangle.top > 2 ** 31 - 1,
  'ga-match-confidence-above-one': async (c) =>
    (await firstResult(c, 'livenessWithVerify')).result.verifyResult.matchConfidence > 1,
  'ga-verify-references-missing': async (c) =>
    !Array.isArray((await attempted(c, 'livenessWithVerify', 0)).results.verifyReferences),
  'ga-session-without-results': async (c) => (await attempted(c, 'liveness', 0)).results === undefined,
  'ga-attempt-result-and-error': async (c) => {
    const a = await firstResult(c);
    return a.result !== undefined && a.error !== undefined;
  },
  'ga-status-outside-enum': async (c) =>
    !['NotStarted', 'Running', 'Succeeded', 'Failed', 'Canceled'].includes((await attempted(c, 'liveness', 0)).status),
  'ga-status-ignores-attempts': async (c) => (await attempted(c)).status === 'NotStarted',
  'ga-attempt-replaces-previous': async (c) => (await attempted(c, 'liveness', 2)).results.attempts.length !== 2,
  'ga-attempt-ids-skip': async (c) =>
    JSON.stringify(
      (await attempted(c, 'liveness', 2)).results.attempts.map((a: { attemptId: number }) => a.attemptId),
    ) !== '[1,2]',
  'ga-device-call-no-attempt': async (c) => (await attempted(c)).results.attempts.length !== 1,
  'ga-session-image-not-stored': async (c) =>
    typeof (await firstResult(c, 'liveness', { enableSessionImage: true })).result.sessionImageId !== 'string',
  'ga-session-image-not-image': async (c) => !(await image(c)).text.includes('JFIF'),
  'ga-session-image-unreadable': async (c) => (await image(c)).status !== 200,
  'ga-unknown-image-500': async (c) => (await c.call('GET', `${V12}/sessionImages/no-such-image`)).status !== 404,
  // The probes' mock runs 1000 times faster: 700 ms is 700 s, past the default TTL of 600 s.
  'ga-default-ttl-too-long': async (c) => {
    const s = await create(c, 'liveness');
    await new Promise((r) => setTimeout(r, 700));
    const { body, type } = multipart([{ name: 'Content', value: 'liveness-frames', filename: 'content.bin' }]);
    const path = `${V12}/detectLiveness/singleModal`;
    return (
      (await c.call('POST', path, { Authorization: `Bearer ${s.authToken}`, 'Content-Type': type }, body)).status !==
      401
    );
  },
  'ga-accept-threshold-out-of-range': async (c) => {
    const parts = [
      ...Object.entries({ ...FIELDS, verifyConfidenceThreshold: 1.5 }).map(([name, v]) => ({ name, value: String(v) })),
      { name: 'verifyImage', value: VERIFY_IMAGE, filename: 'v.jpg' },
    ];
    const { body, type } = multipart(parts);
    const path = `${V12}/detectLivenessWithVerify-sessions`;
    return (await c.call('POST', path, { ...c.auth, 'Content-Type': type }, body)).status !== 400;
  },
  'ga-accept-unknown-model-version': async (c) => {
    const body = JSON.stringify({ ...FIELDS, livenessModelVersion: '2099-01-01' });
    const path = `${V12}/detectLiveness-sessions`;
    return (await c.call('POST', path, { ...c.auth, 'Content-Type': 'application/json' }, body)).status !== 400;
  },
  'ga-accept-missing-verify-image': async (c) => {
    const { body, type } = multipart(Object.entries(FIELDS).map(([name, value]) => ({ name, value })));
    const path = `${V12}/detectLivenessWithVerify-sessions`;
    return (await c.call('POST', path, { ...c.auth, 'Content-Type': type }, body)).status !== 400;
  },
  'ga-session-image-always-stored': async (c) =>
    (await firstResult(c, 'liveness', {})).result.sessionImageId !== undefined,
  'ga-verify-image-hash-always-returned': async (c) =>
    (await firstResult(c, 'livenessWithVerify', {})).result.verifyImageHash !== undefined,
  'ga-verify-image-hash-wrong': async (c) =>
    (await firstResult(c, 'livenessWithVerify', { returnVerifyImageHash: true })).result.verifyImageHash !==
    createHash('sha256').update(VERIFY_IMAGE).digest('hex'),
};
