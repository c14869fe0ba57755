import { randomUUID } from 'node:crypto';
import type { OperationSpec } from '../schemas';
import type { CreatedSession, SessionCalls, SessionFamily } from './sessionCalls';
import type { Runtime } from './runtime';

/** A create body that every conforming server accepts: the required mode and a device id (a GUID, as its description says). */
export function plainCreateBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: randomUUID(),
    ...extra,
  };
}

/** The family whose sessions an operation works on (session images, settings: none). */
export function familyOf(op: OperationSpec): SessionFamily | undefined {
  return op.family === 'sessionImage' || op.family === 'settings' ? undefined : op.family;
}

/**
 * A session to use as a path parameter: a new one (recorded for cleanup), or in a read-only run one
 * that was given (FACE_SESSION_IDS) or listed. Undefined when there is none; `reason` says why.
 */
export async function sessionFor(
  api: SessionCalls,
  rt: Runtime,
  family: SessionFamily,
  created: CreatedSession[],
  extra: Record<string, unknown> = {},
): Promise<{ session?: CreatedSession; reason?: string }> {
  if (!rt.config.readOnly) {
    const { session } = await api.create(family, plainCreateBody(extra));
    if (!session) return { reason: `could not create a ${family} session to test with` };
    created.push(session);
    return { session };
  }
  const given = rt.config.sessionIds[0];
  if (given) return { session: { family, id: given, token: '', fields: {}, withVerifyImage: false } };
  const list = await api.list(family, [['top', '1']]);
  const first = Array.isArray(list.response.json)
    ? (list.response.json[0] as { id?: unknown } | undefined)?.id
    : undefined;
  if (typeof first === 'string')
    return { session: { family, id: first, token: '', fields: {}, withVerifyImage: false } };
  return { reason: 'read-only run and no session to read (none listed; set FACE_SESSION_IDS)' };
}
