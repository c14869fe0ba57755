import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { sendEmpty, sendJson, sendJsonText } from '../http';
import { paging } from '../query';
import { itemJson, renderSession } from '../render';
import { sessionOf } from './lookup';

/** Get Liveness (With Verify) Sessions: ids ascending, only ids greater than `start`, at most `top`. */
export function listSessions(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const family = familyOf(ctx);
  const { start, top } = paging(ctx.match.query, faults);
  let sessions = ctx.state.page(family, start ?? '', faults.has('list-top-ignored') ? Infinity : top, {
    inclusive: faults.has('list-start-inclusive'),
    includeDeleted: faults.has('deleted-still-listed'),
  });
  if (faults.has('created-session-not-listed')) sessions = sessions.filter((s) => s.id !== ctx.state.newestId(family));
  if (faults.has('list-unsorted')) sessions.reverse();
  sendJsonText(ctx.res, faults, 200, `[${sessions.map((s) => itemJson(s, ctx.now, faults)).join(',')}]`);
}

/** Get Liveness (With Verify) Session Result. */
export function getSession(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const session = sessionOf(ctx, faults.has('get-after-delete-200'));
  sendJson(ctx.res, faults, 200, renderSession(session, ctx.match.version, ctx.now, faults));
}

/** Delete Liveness (With Verify) Session: 200 with an empty body; the token stops working. */
export function deleteSession(ctx: HandlerContext): void {
  ctx.state.delete(sessionOf(ctx));
  sendEmpty(ctx.res, ctx.config.faults.has('delete-answers-204') ? 204 : 200);
}
