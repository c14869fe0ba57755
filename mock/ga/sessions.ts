import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { HttpError, sendBytes, sendEmpty, sendJson } from '../http';
import { renderGaSession } from './render';
import type { GaSession } from './store';

/** The session named by the path, or 404 SessionNotFound; the unknown-session faults change the refusal. */
function sessionOf(ctx: HandlerContext, includeDeleted = false): GaSession {
  const id = ctx.match.params.sessionId ?? '';
  const session = ctx.state.ga.find(familyOf(ctx), id, includeDeleted);
  if (session) return session;
  const { faults } = ctx.config;
  if (faults.has('unknown-session-500')) throw new HttpError(500, 'InternalServerError', 'lookup failed');
  if (faults.has('unknown-session-400')) throw new HttpError(400, 'BadArgument', 'bad session id');
  throw new HttpError(404, 'SessionNotFound', `no ${familyOf(ctx)} session has id "${id.slice(0, 80)}"`);
}

/** Get Liveness (With Verify) Session Result (v1.2): the whole session with its attempts. */
export function getGaSession(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const session = renderGaSession(sessionOf(ctx, faults.has('ga-get-after-delete-200')), faults);
  if (faults.has('ga-get-token-changed')) session.authToken = `${String(session.authToken)}-changed`;
  sendJson(ctx.res, faults, 200, session);
}

/** Delete Liveness (With Verify) Session (v1.2): 204; the token and the session's images stop working. */
export function deleteGaSession(ctx: HandlerContext): void {
  ctx.state.ga.delete(sessionOf(ctx));
  sendEmpty(ctx.res, ctx.config.faults.has('ga-delete-answers-202') ? 202 : 204);
}

/** Get Session Image (v1.2, `/sessionImages/{id}`): the `Content` bytes of an attempt. */
export function getGaSessionImage(ctx: HandlerContext): void {
  const id = ctx.match.params.sessionImageId ?? '';
  const bytes = ctx.state.ga.image(id);
  if (!bytes) throw new HttpError(404, 'NotFound', `no session image has id "${id.slice(0, 80)}"`);
  sendBytes(ctx.res, 200, bytes, 'application/octet-stream');
}
