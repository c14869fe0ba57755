import { FAKE_JPEG } from '../generators';
import type { CreatedSession, SessionCalls } from './sessionCalls';
import type { Runtime } from './runtime';
import { plainCreateBody } from './sessions';

/** Requests `prepareSessionImage` sends: the create, the device call, the audit trail read. */
export const SESSION_IMAGE_SETUP_REQUESTS = 3;

/**
 * A session image id to read (v1.2-preview.1): a session created with `enableSessionImage`, one
 * simulated device call, and the `sessionImageId` of its audit entry. Needs device simulation.
 */
export async function prepareSessionImage(
  api: SessionCalls,
  rt: Runtime,
  created: CreatedSession[],
): Promise<{ id?: string; reason?: string }> {
  if (!rt.config.deviceSimulation)
    return { reason: rt.unmetReason('deviceSimulation') + '; no session image can be made' };
  if (rt.config.readOnly) return { reason: rt.unmetReason('write') + '; no session image can be made' };
  const { session } = await api.create('liveness', plainCreateBody({ enableSessionImage: true }));
  if (!session) return { reason: 'could not create a session with enableSessionImage' };
  created.push(session);
  await api.device(session, { content: FAKE_JPEG });
  const audit = await api.audit('liveness', session.id);
  const entries = Array.isArray(audit.response.json) ? (audit.response.json as { sessionImageId?: unknown }[]) : [];
  const id = entries.map((e) => e.sessionImageId).find((x): x is string => typeof x === 'string');
  return id ? { id } : { reason: 'no sessionImageId in the audit trail of a session created with enableSessionImage' };
}
