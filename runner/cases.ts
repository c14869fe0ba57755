import type { OperationSpec, RequestViolation } from '../schemas';
import type { RequestCase } from '../generators';
import type { Intent } from '../checks';
import type { WireRequest } from '../wire';

/** The request a generated case sends (the case without the generator's labels); `sessionToken` serves `session-token` auth. */
export function toWire(rc: RequestCase, sessionToken?: string): WireRequest {
  const { operationId, method, path, query, headers, body, auth } = rc;
  return { operationId, method, path, query, headers, ...(body ? { body } : {}), auth, sessionToken };
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
