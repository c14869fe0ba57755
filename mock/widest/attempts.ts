import { HttpError } from '../http';
import type { RequestTake } from './exchange';

/** The bearer token a request sent, if any. */
function bearerOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  const m = typeof auth === 'string' ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return m?.[1]?.trim();
}

/**
 * Liberty fourth-attempt-either: a device call on a session that already has 3 attempts is refused (applied
 * only in the liberty's versions, those without an attempt limit of their own: `Widest` in ./index.ts).
 */
export const refuseFourthAttempt: RequestTake = (req, env) => {
  if (req.match.op.role !== 'device') return;
  const token = bearerOf(req.headers);
  const session = token === undefined ? undefined : env.state.ga.byToken(token);
  if (session && !session.deleted && session.attempts.length >= 3)
    throw new HttpError(403, 'Forbidden', 'the session has had its 3 attempts; create a new session');
};
