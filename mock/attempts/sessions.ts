import type { HandlerContext } from '../context';
import { eitherFamily, otherFamily } from '../faults';
import { familyOf } from '../context';
import { HttpError, sendBytes, sendEmpty, sendJson } from '../http';
import { renderGaSession } from './render';
import type { GaSession } from './store';

/**
 * The session named by the path, or 404 SessionNotFound; the unknown-session faults change the refusal.
 * `includeDeleted` is always stated: only a fault reads a deleted session.
 */
function sessionOf(ctx: HandlerContext, includeDeleted: boolean): GaSession {
  const id = ctx.match.params.sessionId ?? '';
  const { faults } = ctx.config;
  const family = familyOf(ctx);
  // The other family is looked at only under the fault (so its name is fault code, not behaviour).
  const session =
    ctx.state.ga.find(family, id, includeDeleted) ??
    (faults.has('families-share-ids') ? ctx.state.ga.find(otherFamily(family), id, includeDeleted) : undefined);
  if (session) return session;
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
  const { faults } = ctx.config;
  // The fault deletes a session of either family with the id (its own first).
  const crossed = faults.has('delete-crosses-families')
    ? eitherFamily((f) => ctx.state.ga.find(f, ctx.match.params.sessionId ?? ''), familyOf(ctx))
    : undefined;
  const session = crossed ?? sessionOf(ctx, faults.has('second-delete-succeeds'));
  // The fault keeps the session's images readable: the session is marked deleted, its images stay.
  if (faults.has('session-image-kept-after-delete')) session.deleted = true;
  else ctx.state.ga.delete(session);
  // The fault takes every session's images with it, not only the deleted one's.
  if (faults.has('delete-drops-every-image')) ctx.state.ga.images.clear();
  sendEmpty(ctx.res, faults.has('ga-delete-answers-202') ? 202 : 204);
}

/** Get Session Image (v1.2, `/sessionImages/{id}`): the image an attempt stored (mock/attempts/image.ts). */
export function getGaSessionImage(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const id = ctx.match.params.sessionImageId ?? '';
  const bytes = faults.has('ga-session-image-unreadable') ? undefined : ctx.state.ga.image(id);
  if (!bytes && faults.has('ga-unknown-image-500')) throw new HttpError(500, 'InternalServerError', 'lookup failed');
  if (!bytes) throw new HttpError(404, 'NotFound', `no session image has id "${id.slice(0, 80)}"`);
  const sent = faults.has('ga-session-image-not-image')
    ? Buffer.from('liveness-frames')
    : faults.has('v13-session-image-not-image')
      ? Buffer.from('{"image":null}')
      : bytes;
  // The fault answers the bytes with no Content-Type.
  if (faults.has('session-image-without-content-type')) {
    ctx.res.writeHead(200, { 'Content-Length': sent.length });
    ctx.res.end(sent);
    return;
  }
  sendBytes(ctx.res, 200, sent, 'application/octet-stream');
}
