/**
 * Reads compared with the reads before them (issue 23, "every write read back"): the values a session was
 * first seen with (`KEPT_FIELDS`) must stay on every later read. Each design's create and get commands hand
 * their reads here, the create's answer too when it is the whole session (v1.2 and later).
 */
import { KEPT_FIELDS, sessionValuesKept } from '../../checks';
import type { Exchange } from '../../wire';
import { runCheck } from '../evaluate';
import type { CheckTarget } from '../evaluate';
import type { Outcome } from '../outcome';

/** The values first seen set, per session object of a model run. */
const FIRST = new WeakMap<object, Record<string, unknown>>();

/**
 * Checks a read of `session` against the values its earlier reads set, then remembers the values this one
 * sets for the first time. A read that is not a 200 JSON object says nothing.
 */
export function checkKeptValues(target: CheckTarget, op: string, session: object, read: Exchange): Outcome[] {
  const body = read.response.json;
  if (read.response.status >= 300 || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  const later = body as Record<string, unknown>;
  const first = FIRST.get(session) ?? {};
  const outcomes = Object.keys(first).length > 0 ? runCheck(target, sessionValuesKept, op, { first, later }, read) : [];
  for (const field of KEPT_FIELDS) {
    const value = later[field];
    if (!(field in first) && value !== undefined && value !== null && value !== '') first[field] = value;
  }
  FIRST.set(session, first);
  return outcomes;
}
