import type { Intent } from '../checks';
import type { Recorded } from './adapter';
import type { Matched } from './match';
import { judgeRequest, widest } from './requestRules';

/**
 * The intent of a recorded request is not known. "The server may accept or refuse": only the
 * intent-free checks apply (no 5xx, error shape, headers, body schema); it is the suite's own intent for
 * an undocumented violation, and ours for any exchange whose purpose the recording cannot tell.
 */
export const UNKNOWN_INTENT: Intent = {
  kind: 'negative',
  documented: false,
  scenario: 'recorded-intent-unknown',
  violation: { location: 'body', instancePath: '', keyword: 'unknown' },
};

/** The inferred intent, and a note when the inference leaves something unsaid. */
export interface Inference {
  intent: Intent;
  /** Why the exchange was judged as it was, when that is worth a note (e.g. a valid request refused). */
  note?: string;
}

/**
 * Infers, conservatively, what a recorded request meant (the decisions are listed in the report):
 * 1. No credentials on a management call (no Ocp-Apim-Subscription-Key, no Authorization), the suite's public
 *    wrong key, a device call with no credentials or only the resource key → `unauthorized` (authenticationRequired).
 *    A recording that shows no credential anywhere had them removed by its recorder: its requests' auth is
 *    not judgeable (authenticationRequired is skipped with that reason), and the steps below decide.
 * 2. A request breaking a documented constraint → `negative` when answered 2xx, 400 or 5xx (framing
 *    problems: any 4xx too); answered another 4xx (401, 404, 429…) the server may have refused it for that
 *    reason first → unknown, with a note.
 * 3. Only undocumented points (unknown field, optional null, repeated parameter…) → unknown, with a note.
 * 4. A valid request: 2xx → `positive`; 4xx → unknown, with a note (the reason is not in the recording);
 *    5xx → unknown (notAServerError fails it whatever the intent).
 */
export function inferIntent(r: Recorded, m: Matched): Inference {
  const auth = r.exchange.request.auth;
  // Credentials removed by the recorder: not an unauthenticated request (its auth is not judged at all).
  if (r.authUnknown) return inferFromRequest(r, m);
  if (m.op.kind === 'management' && (auth === 'none' || auth === 'wrong-key')) {
    return { intent: { kind: 'unauthorized', variant: auth === 'none' ? 'no-key' : 'wrong-key' } };
  }
  if (m.op.kind === 'device' && auth === 'key') return { intent: { kind: 'unauthorized', variant: 'key-on-device' } };
  if (m.op.kind === 'device' && auth === 'none') return { intent: { kind: 'unauthorized', variant: 'no-key' } };
  return inferFromRequest(r, m);
}

/** Steps 2-4 of inferIntent: the intent from the request's content and the answer's status. */
function inferFromRequest(r: Recorded, m: Matched): Inference {
  const { status } = r.exchange.response;
  const judged = judgeRequest(m.version, m.op, r.exchange.request.query ?? [], r.requestHeaders, r.requestText);
  if (judged.documented.length > 0) {
    const v = widest(judged.documented);
    const framing = ['missing-body', 'missing-part', 'wrong-content-type'].includes(v.scenario);
    const decides = status < 300 || status === 400 || status >= 500 || (framing && status < 500);
    if (decides) return { intent: { kind: 'negative', violation: v, scenario: v.scenario, documented: true } };
    return {
      intent: UNKNOWN_INTENT,
      note: `breaks a documented constraint (${v.message}) but was answered ${status}, which may come first`,
    };
  }
  if (judged.undocumented.length > 0) {
    return {
      intent: UNKNOWN_INTENT,
      note: `${judged.undocumented[0]} (undocumented: a server may accept or refuse), answered ${status}`,
    };
  }
  if (status >= 200 && status < 300) return { intent: { kind: 'positive' } };
  if (status >= 400 && status < 500) {
    return {
      intent: UNKNOWN_INTENT,
      note: `valid by the contract, answered ${status} (the reason is not in the recording)`,
    };
  }
  return { intent: UNKNOWN_INTENT };
}
