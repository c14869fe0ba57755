import { createdDateTimeIsCreation, serverTime } from '../../checks';
import type { Exchange } from '../../wire';
import type { CreatedSession } from '../sessionCalls';
import { runCheck } from '../evaluate';
import type { CheckTarget } from '../evaluate';
import type { Outcome } from '../outcome';

/** A session's createdDateTime as first read, and the server's time of its create (for later reads). */
const FIRST = new WeakMap<CreatedSession, { value: unknown; createdAt: number }>();

const timeOf = (x: Exchange): number => serverTime(x.response.headers, x.startedAt, x.durationMs);
const createdDateOf = (get: Exchange): unknown =>
  (get.response.json as Record<string, unknown> | undefined)?.createdDateTime;

/** Checks createdDateTime on the read just after a create, and remembers it for later reads. */
export function rememberCreatedDate(
  target: CheckTarget,
  op: string,
  session: CreatedSession,
  create: Exchange,
  get: Exchange,
): Outcome[] {
  if (get.response.status !== 200) return [];
  const first = { value: createdDateOf(get), createdAt: timeOf(create) };
  FIRST.set(session, first);
  const input = { first: first.value, createdAt: first.createdAt, readAt: timeOf(get) };
  return runCheck(target, createdDateTimeIsCreation, op, input, get);
}

/** Checks a later read's createdDateTime against the first read's (the same) and the create's time. */
export function checkCreatedDate(target: CheckTarget, op: string, session: CreatedSession, get: Exchange): Outcome[] {
  const first = FIRST.get(session);
  if (!first || get.response.status !== 200) return [];
  const input = { first: first.value, later: createdDateOf(get), createdAt: first.createdAt, readAt: timeOf(get) };
  return runCheck(target, createdDateTimeIsCreation, op, input, get);
}
