import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { otherFamily } from '../faults';
import { HttpError } from '../http';
import type { Session } from '../state';

/**
 * The session named by the path, or 404 SessionNotFound (CONTRACT.md §3 rule 6). `includeDeleted` (always
 * stated) is for the faults that keep deleted sessions visible; the unknown-session faults change the refusal.
 */
export function sessionOf(ctx: HandlerContext, includeDeleted: boolean): Session {
  const id = ctx.match.params.sessionId ?? '';
  const { faults } = ctx.config;
  const family = familyOf(ctx);
  // The other family is looked at only under the fault (so its name is fault code, not behaviour).
  const session =
    ctx.state.find(family, id, includeDeleted) ??
    (faults.has('families-share-ids') ? ctx.state.find(otherFamily(family), id, includeDeleted) : undefined);
  if (session) return session;
  if (faults.has('unknown-session-500')) throw new HttpError(500, 'InternalServerError', 'lookup failed');
  if (faults.has('unknown-session-400')) throw new HttpError(400, 'BadArgument', 'bad session id');
  throw new HttpError(404, 'SessionNotFound', `no ${familyOf(ctx)} session has id "${id.slice(0, 80)}"`);
}
