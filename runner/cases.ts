import type { OperationSpec, RequestViolation } from '../schemas';
import type { RequestCase } from '../generators';
import type { Intent } from '../checks';
import type { WireRequest } from '../wire';
import { multipart } from '../wire';

/** Turns a generated request into wire form; `sessionToken` serves `session-token` auth. */
export function toWire(rc: RequestCase, sessionToken?: string): WireRequest {
  const headers = { ...rc.headers };
  let body: Buffer | undefined;
  if (rc.body?.kind === 'json') body = Buffer.from(rc.body.text);
  if (rc.body?.kind === 'multipart') {
    const mp = multipart(rc.body.parts);
    body = mp.body;
    // Keep a deliberately wrong content type of a negative case; otherwise use the real boundary.
    const given = Object.keys(headers).find((h) => h.toLowerCase() === 'content-type');
    if (!given || headers[given].startsWith('multipart/form-data')) {
      if (given) delete headers[given];
      headers['Content-Type'] = mp.contentType;
    }
  }
  return {
    operationId: rc.operationId,
    method: rc.method,
    path: rc.path,
    query: rc.query,
    headers,
    body,
    auth: rc.auth,
    sessionToken,
  };
}

/** What a generated request means for the checks. */
export function intentOf(rc: RequestCase, op: OperationSpec): Intent | undefined {
  if (rc.mode === 'positive') return { kind: 'positive' };
  const v = rc.violation;
  if (!v) return undefined;
  if (v.location === 'auth') {
    if (v.scenario === 'missing-credentials') return { kind: 'unauthorized', variant: 'no-key' };
    if (v.scenario === 'wrong-credentials') return { kind: 'unauthorized', variant: 'wrong-key' };
    return { kind: 'unauthorized', variant: op.kind === 'device' ? 'key-on-device' : 'session-token-on-management' };
  }
  if (v.location === 'path') return undefined; // an empty or odd id changes the route; unknown ids are tested apart
  const violation: RequestViolation = {
    location: v.location === 'query' ? 'query' : 'body',
    instancePath: v.pointer,
    keyword: v.keyword,
    missingProperty: v.property,
  };
  return { kind: 'negative', violation, scenario: v.scenario, documented: v.documented };
}
