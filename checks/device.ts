import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/** A simulated device call, as sent and answered, and the session's audit trail and state read after it. */
export interface DeviceObservation {
  sent: {
    url: string;
    method: string;
    contentType: string;
    contentLength: number;
    userAgent: string;
    clientRequestId: string;
  };
  got: { status: number; apimRequestId?: string; body: unknown };
  sendResultsToClient: boolean;
  /** The body the session was created with (the v1.2-preview.1 options' checks read it). */
  createBody?: Record<string, unknown>;
  /** SHA-256 (lower-case hex) of the verify image the call sent, when it sent one. */
  verifyImageSha256?: string;
  /** Audit entries before and after the call (as listed). */
  before: Record<string, unknown>[];
  after: Record<string, unknown>[];
  /** The session read after the call. */
  session?: Record<string, unknown>;
}

const NEEDS = ['deviceSimulation' as const, 'write' as const];

/** The entry the call appended: the one in `after` whose id is not in `before`. */
export function appendedEntry(o: DeviceObservation): Record<string, unknown> | undefined {
  const old = new Set(o.before.map((e) => e.id));
  const added = o.after.filter((e) => !old.has(e.id));
  return added.length === 1 ? added[0] : undefined;
}

/** §1: each device call appends exactly one audit entry to its session. */
export const deviceCallAppendsOneEntry = defineCheck<DeviceObservation>({
  name: 'deviceCallAppendsOneEntry',
  requires: ['auditTrail'],
  title: 'Each device call appends one audit entry',
  rule: 'CONTRACT.md §1 simulated device call: each call appends one audit entry to the session',
  source: 'seed 001 (fr) audit example (the device call recorded); CONTRACT.md §1',
  needs: NEEDS,
  evaluate: (o) => {
    const n = o.after.length - o.before.length;
    return n === 1 && appendedEntry(o)
      ? []
      : [{ message: 'not exactly one new entry', pointer: '', expected: '1 new entry', received: `${n} new entries` }];
  },
});

/** §1: the entry's requestId is the apim-request-id the device got, and clientRequestId what it sent. */
export const auditIdsMatchDeviceCall = defineCheck<DeviceObservation>({
  name: 'auditIdsMatchDeviceCall',
  requires: ['auditTrail'],
  title: 'Audit requestId / clientRequestId match the device call',
  rule: 'CONTRACT.md §1: requestId = the apim-request-id answered; clientRequestId = the client-request-id sent',
  source: 'seeds 000 (ja)/001 (fr) LivenessSessionAuditEntry.requestId, clientRequestId',
  needs: NEEDS,
  evaluate: (o) => {
    const e = appendedEntry(o);
    if (!e) return [];
    const findings: Finding[] = [];
    if (e.requestId !== o.got.apimRequestId)
      findings.push({
        message: 'requestId is not the apim-request-id the device got',
        pointer: '/requestId',
        expected: show(o.got.apimRequestId),
        received: show(e.requestId),
      });
    // Nothing sent: the real service leaves clientRequestId out; absent, null or "" all say "none".
    const none = (v: unknown): boolean => v === undefined || v === null || v === '';
    const same = none(o.sent.clientRequestId) ? none(e.clientRequestId) : e.clientRequestId === o.sent.clientRequestId;
    if (!same)
      findings.push({
        message: 'clientRequestId is not the one sent',
        pointer: '/clientRequestId',
        expected: show(o.sent.clientRequestId),
        received: show(e.clientRequestId),
      });
    return findings;
  },
});

/** §1: the entry records the call: url, method, content type and length, user agent, status. */
export const auditRecordsDeviceRequest = defineCheck<DeviceObservation>({
  name: 'auditRecordsDeviceRequest',
  requires: ['auditTrail'],
  title: 'Audit request/response info matches the device call',
  rule: 'CONTRACT.md §1: request.url, method, contentType, contentLength, userAgent and response.statusCode match the call',
  source: 'seeds 000 (ja)/001 (fr) AuditRequestInfo, AuditLivenessResponseInfo',
  needs: NEEDS,
  evaluate: (o) => {
    const e = appendedEntry(o);
    if (!e) return [];
    const req = (e.request ?? {}) as Record<string, unknown>;
    const res = (e.response ?? {}) as Record<string, unknown>;
    const findings: Finding[] = [];
    const same = (pointer: string, expected: unknown, received: unknown, eq = expected === received): void => {
      if (!eq)
        findings.push({
          message: `${pointer} does not match the call`,
          pointer,
          expected: show(expected),
          received: show(received),
        });
    };
    const url = typeof req.url === 'string' ? req.url : '';
    same('/request/url', o.sent.url, req.url, url.split('?')[0].toLowerCase() === o.sent.url.toLowerCase());
    same('/request/method', o.sent.method, req.method, String(req.method).toUpperCase() === o.sent.method);
    same(
      '/request/contentType',
      o.sent.contentType,
      req.contentType,
      String(req.contentType).split(';')[0].trim().toLowerCase() === o.sent.contentType,
    );
    same('/request/contentLength', o.sent.contentLength, req.contentLength);
    same('/request/userAgent', o.sent.userAgent, req.userAgent);
    same('/response/statusCode', o.got.status, res.statusCode);
    return findings;
  },
});

/** §1: after the call the session is ResultAvailable, started, and its result is the newest entry. */
export const resultIsNewestAuditEntry = defineCheck<DeviceObservation>({
  name: 'resultIsNewestAuditEntry',
  requires: ['auditTrail'],
  title: 'After a device call, result is the newest audit entry',
  rule: 'CONTRACT.md §1: Get Session Result shows ResultAvailable, sessionStartDateTime set, result = newest audit entry',
  source: 'seed 000 (ja) LivenessSession.result: 最新のセッション監査結果',
  needs: NEEDS,
  evaluate: (o) => {
    const s = o.session;
    const e = appendedEntry(o);
    if (!s || !e) return [];
    const findings: Finding[] = [];
    if (s.status !== 'ResultAvailable')
      findings.push({
        message: 'status not ResultAvailable after a device call',
        pointer: '/status',
        expected: '"ResultAvailable"',
        received: show(s.status),
      });
    if (typeof s.sessionStartDateTime !== 'string')
      findings.push({
        message: 'sessionStartDateTime not set',
        pointer: '/sessionStartDateTime',
        expected: 'a date-time',
        received: show(s.sessionStartDateTime),
      });
    const result = s.result as Record<string, unknown> | undefined;
    if (!result || result.id !== e.id)
      findings.push({
        message: 'result is not the newest entry',
        pointer: '/result/id',
        expected: show(e.id),
        received: show(result?.id),
      });
    return findings;
  },
});

/** §1 and seed 003: sendResultsToClient gives the device 200 with a body, else 204 without one. */
export const sendResultsToClientHonoured = defineCheck<DeviceObservation>({
  name: 'sendResultsToClientHonoured',
  requires: ['deviceResultsToClient'],
  title: 'sendResultsToClient: 200 with a body, else 204',
  rule: 'CONTRACT.md §1: 200 with a LivenessResponseBody when created with sendResultsToClient: true, else 204 with no body',
  source: 'seed 003 (sv) sendResultsToClient: "klienterna får ett tomt brödtextsvar 204 – NoContent"',
  needs: NEEDS,
  evaluate: (o) => {
    const expected = o.sendResultsToClient ? 200 : 204;
    if (o.got.status !== expected)
      return [
        {
          message: `device got ${o.got.status}`,
          pointer: '/status',
          expected: String(expected),
          received: String(o.got.status),
        },
      ];
    if (expected === 200 && (o.got.body === undefined || o.got.body === null || typeof o.got.body !== 'object')) {
      return [
        {
          message: 'no result body for the device',
          pointer: '',
          expected: 'a LivenessResponseBody',
          received: show(o.got.body),
        },
      ];
    }
    return [];
  },
});
