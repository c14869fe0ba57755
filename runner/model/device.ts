import { randomUUID } from 'node:crypto';
import {
  auditIdsMatchDeviceCall,
  auditRecordsDeviceRequest,
  deviceCallAppendsOneEntry,
  resultIsNewestAuditEntry,
  sendResultsToClientHonoured,
} from '../../checks';
import type { Api, CreatedSession } from '../api';
import { FAMILY_OPS } from '../api';
import type { Recorder } from '../recorder';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { readAudit } from './audit';

const DEVICE_CHECKS = [
  deviceCallAppendsOneEntry,
  auditIdsMatchDeviceCall,
  auditRecordsDeviceRequest,
  resultIsNewestAuditEntry,
  sendResultsToClientHonoured,
];

/**
 * Makes one simulated device call and checks it against the audit entry it appended and the session
 * read after it (CONTRACT.md §1). Returns false when a check failed.
 */
export async function observeDeviceCall(
  api: Api,
  rt: Runtime,
  rec: Recorder,
  session: CreatedSession,
): Promise<boolean> {
  const op = FAMILY_OPS[session.family].device;
  const unmet = rec.unmet(deviceCallAppendsOneEntry);
  if (unmet) {
    for (const c of DEVICE_CHECKS) rec.skip(c, op, unmet);
    return true;
  }
  const before = await readAudit(api, rt, rec, session);
  const clientRequestId = randomUUID();
  const userAgent = `liveness-conformance-device/${clientRequestId.slice(0, 8)}`;
  const call = await api.device(session, { clientRequestId, userAgent });
  let ok = checkExchange(rec, rt, call, { kind: 'positive' });
  const after = await readAudit(api, rt, rec, session);
  const get = await api.get(session.family, session.id);
  ok = checkExchange(rec, rt, get, { kind: 'positive' }) && ok;
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
    sendResultsToClient: session.body.sendResultsToClient === true,
    before: before ?? [],
    after: after ?? [],
    session: get.response.json as Record<string, unknown> | undefined,
  };
  for (const check of DEVICE_CHECKS) ok = rec.run(check, op, observation, call) && ok;
  // Audit paging: start is exclusive and top is honoured (rule 2), on the trail the calls built.
  const failuresBefore = rec.failedEvaluations;
  const ids = (after ?? []).map((e) => e.id).filter((id): id is number => typeof id === 'number');
  if (ids.length > 0) {
    await readAudit(api, rt, rec, session, { start: String(Math.min(...ids)) });
    await readAudit(api, rt, rec, session, { top: 1 });
  }
  return ok && rec.failedEvaluations === failuresBefore;
}
