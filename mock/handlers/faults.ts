/**
 * Code only planted faults reach in the preview handlers (mock/faults.ts names the faults): a file named
 * faults.ts, so mutation testing leaves it out (bench/mutation/stryker.config.json) as it does the faults.
 */
import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../state';

/** A made-up audit entry, shown by the faults that invent results or entries. */
export function phantomEntry(sessionId: string, now: number): AuditRecord {
  return {
    id: 1,
    sessionId,
    requestId: randomUUID(),
    clientRequestId: null,
    receivedDateTime: new Date(now).toISOString(),
    request: { url: '', method: 'POST', contentLength: 0, contentType: 'multipart/form-data', userAgent: '' },
    response: { body: {}, statusCode: 204, latencyInMilliseconds: 0 },
    digest: '',
  };
}
