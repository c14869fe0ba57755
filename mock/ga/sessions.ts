import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { HttpError, sendBytes, sendEmpty, sendJson } from '../http';
import { renderGaSession } from './render';
import type { GaSession } from './store';

function sessionOf(ctx: HandlerContext): GaSession {
  const id = ctx.match.params.sessionId ?? '';
  const session = ctx.state.ga.find(familyOf(ctx), id);
  if (!session) throw new HttpError(404, 'SessionNotFound', `no ${familyOf(ctx)} session has id "${id.slice(0, 80)}"`);
  return session;
}

/** Get Liveness (With Verify) Session Result (v1.2): the whole session with its attempts. */
export function getGaSession(ctx: HandlerContext): void {
  sendJson(ctx.res, ctx.config.faults, 200, renderGaSession(sessionOf(ctx)));
}

/** Delete Liveness (With Verify) Session (v1.2): 204; the token and the session's images stop working. */
export function deleteGaSession(ctx: HandlerContext): void {
  ctx.state.ga.delete(sessionOf(ctx));
  sendEmpty(ctx.res, 204);
}

/** Get Session Image (v1.2, `/sessionImages/{id}`): the `Content` bytes of an attempt. */
export function getGaSessionImage(ctx: HandlerContext): void {
  const id = ctx.match.params.sessionImageId ?? '';
  const bytes = ctx.state.ga.image(id);
  if (!bytes) throw new HttpError(404, 'NotFound', `no session image has id "${id.slice(0, 80)}"`);
  sendBytes(ctx.res, 200, bytes, 'application/octet-stream');
}
