import { randomUUID } from 'node:crypto';
import { SESSION_FAMILIES as FAMILIES, familyOperation } from '../../schemas';
import type { MockState } from '../state';

const HOUR = 3_600_000;

/**
 * Sessions of other clients, as a shared resource's lists hold them (../shared/recordings README): per
 * family one expired long ago, one started (with an audit entry), one fresh; and a v1.2 session per
 * family. Returns their ids, so writes to them can be counted.
 */
export function seedForeignSessions(state: MockState, now: number): Set<string> {
  const ids = new Set<string>();
  for (const family of FAMILIES) {
    const base = {
      family,
      sendResultsToClient: false,
      enableSessionImage: false,
      returnVerifyImageHash: false,
    };
    const expired = state.create({ ...base, createdAt: now - 48 * HOUR, ttl: 60, deviceCorrelationId: randomUUID() });
    const started = state.create({ ...base, createdAt: now - HOUR, ttl: 86400, deviceCorrelationId: randomUUID() });
    started.startedAt = now - HOUR + 5000;
    state.addAudit(started, {
      sessionId: started.id,
      requestId: randomUUID(),
      clientRequestId: null,
      receivedDateTime: new Date(started.startedAt).toISOString(),
      request: {
        url: `/face/v1.1-preview.1${familyOperation('v1.1-preview.1', family, 'device').path}`,
        method: 'POST',
        contentLength: 360044,
        contentType: 'multipart/form-data; boundary=--------------------------582969306951955997192689',
        userAgent: '',
      },
      response: { body: { livenessDecision: 'realface' }, statusCode: 200, latencyInMilliseconds: 765 },
      digest: 'FC9B97DA41869747D80B7D0F2DA4A13B22DA38CD65489E071F22C48DFB45B6D6',
    });
    const fresh = state.create({ ...base, createdAt: now - 60_000, ttl: 600, deviceCorrelationId: randomUUID() });
    const ga = state.ga.create({
      family,
      createdAt: now - HOUR,
      ttl: 600,
      deviceCorrelationId: randomUUID(),
      enableSessionImage: false,
      returnVerifyImageHash: false,
      modelVersion: '2024-11-15',
    });
    for (const s of [expired, started, fresh, ga]) ids.add(s.id);
  }
  return ids;
}
