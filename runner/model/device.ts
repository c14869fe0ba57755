import { createHash, randomUUID } from 'node:crypto';
import {
  auditBodyAlwaysRecorded,
  auditIdsMatchDeviceCall,
  auditTopDefault,
  auditRecordsDeviceRequest,
  deviceCallAppendsOneEntry,
  modelVersionAsAsked,
  resultIsNewestAuditEntry,
  sessionImageStored,
  sendResultsToClientHonoured,
  verifyImageHashAsAsked,
  verifyResultOnlyWithVerify,
} from '../../checks';
import { hasCapability } from '../../schemas';
import type { CreatedSession, SessionCalls } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck, unmetReason } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { skipped } from '../outcome';
import { readAudit } from './audit';

/** What the frames of a device call show a liveness model, in turn (a long audit trail holds each). */
const SHOWN = ['a live face', 'a spoof', 'an uncertain capture'] as const;

/**
 * The `Content` of a simulated device call: text with bytes outside ASCII (é, 中, an astral character), so
 * an audit entry's `contentLength` in characters instead of bytes differs from what was sent. The `n`th
 * says what it shows (`SHOWN`, in turn): a simulated model may read it (the mock's does), so a long trail
 * holds a result of each decision, and each is checked (a decision outside the enum fails wherever it is).
 */
export function deviceContent(n: number): Buffer {
  return Buffer.from(`liveness-frames ${n}: ${SHOWN[n % SHOWN.length]} é中😀`, 'utf8');
}

const DEVICE_CHECKS = [
  deviceCallAppendsOneEntry,
  auditIdsMatchDeviceCall,
  auditRecordsDeviceRequest,
  resultIsNewestAuditEntry,
  sendResultsToClientHonoured,
  verifyResultOnlyWithVerify,
  auditBodyAlwaysRecorded,
];

/** The create options only v1.2-preview.1 has (seed 003): checked on the versions that have them. */
const OPTION_CHECKS = [sessionImageStored, verifyImageHashAsAsked, modelVersionAsAsked];

/** Requests of one observed device call: the audit trail read before, the call, the trail read after, the session. */
export const DEVICE_CALL_REQUESTS = 4;
/** Requests of paging the audit trail after a call: start exclusive, top 1, top 1000. */
export const TRAIL_PAGING_REQUESTS = 3;

/**
 * Makes one simulated device call and checks it against the audit entry it appended and the session
 * read after it (CONTRACT.md §1), then (unless `pageTrail` is false) pages the audit trail it built;
 * every outcome goes to `out`.
 */
export async function observeDeviceCall(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  session: CreatedSession,
  pageTrail = true,
): Promise<void> {
  const op = api.id(session.family, 'device');
  const checks = hasCapability(rt.config.apiVersion, 'sessionImages')
    ? [...DEVICE_CHECKS, ...OPTION_CHECKS]
    : DEVICE_CHECKS;
  const unmet = unmetReason(rt, deviceCallAppendsOneEntry);
  if (unmet) {
    out.record(skipped(checks, op, unmet));
    return;
  }
  const before = await readAudit(api, rt, out, session);
  const clientRequestId = randomUUID();
  const userAgent = `liveness-conformance-device/${clientRequestId.slice(0, 8)}`;
  // A verify image of its own per call (sent when the with-verify session was created without one).
  const sendsVerify = session.family === 'livenessWithVerify' && !session.withVerifyImage;
  const verifyImage = Buffer.from(`verify-image-${clientRequestId}`);
  const call = await api.device(session, { clientRequestId, userAgent, verifyImage, content: deviceContent(0) });
  out.record(checkExchange(rt, call, { kind: 'positive' }));
  const after = await readAudit(api, rt, out, session);
  const get = await api.get(session.family, session.id);
  out.record(checkExchange(rt, get, { kind: 'positive' }));
  const observation = {
    sent: {
      url: `/face/${rt.config.apiVersion}${call.request.path}`,
      method: 'POST',
      contentType: 'multipart/form-data',
      contentLength: call.request.body?.length ?? 0,
      userAgent,
      clientRequestId,
    },
    got: {
      status: call.response.status,
      apimRequestId: call.response.headers['apim-request-id'],
      body: call.response.json,
    },
    sendResultsToClient: session.fields.sendResultsToClient === true,
    createBody: session.fields,
    ...(sendsVerify ? { verifyImageSha256: createHash('sha256').update(verifyImage).digest('hex') } : {}),
    before: before ?? [],
    after: after ?? [],
    session: get.response.json as Record<string, unknown> | undefined,
  };
  for (const check of checks) out.record(runCheck(rt, check, op, observation, call));
  // Audit paging: start is exclusive and top is honoured (rule 2), on the trail the calls built.
  const ids = (after ?? []).map((e) => e.id).filter((id): id is number => typeof id === 'number');
  if (pageTrail && ids.length > 0) {
    await readAudit(api, rt, out, session, { start: String(Math.min(...ids)) });
    await readAudit(api, rt, out, session, { top: 1 });
    // Without top, the read above held every entry (top defaults to 1000): compare with top=1000.
    const full = await readAudit(api, rt, out, session, { top: 1000 });
    if (after && full) out.record(runCheck(rt, auditTopDefault, op, { withoutTop: after.length, listed: full.length }));
  }
}
