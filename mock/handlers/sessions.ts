import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { eitherFamily } from '../faults';
import { sendEmpty, sendJson, sendJsonBytes } from '../http';
import { paging } from '../query';
import { expiresAt, itemJson, jsonArray, renderSession } from '../render';
import type { SessionFamily } from '../../schemas';
import type { MockState } from '../state';
import { sessionOf } from './lookup';

/** A rendered list body, valid while the state's revision stands and until the first listed token expires. */
interface CachedList {
  revision: object;
  validUntil: number;
  body: Buffer;
}

/** Recent list bodies per mock state, by family, start and top (a client paging re-asks the same pages). */
const LISTS = new WeakMap<MockState, Map<string, CachedList>>();
/** Most bodies kept per state: a bound on memory whatever the clients ask. */
const MAX_CACHED_LISTS = 64;

/**
 * Get Liveness (With Verify) Sessions: ids ascending, only ids greater than `start`, at most `top`. The
 * rendered body is cached until the state changes or a listed session's `sessionExpired` would flip, so
 * repeated lists of many sessions cost one lookup (the answer is byte for byte the one rendered anew).
 */
export function listSessions(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const family = familyOf(ctx);
  const small = faults.has('list-default-top-small') ? 1 : faults.has('list-default-top-two') ? 2 : false;
  const { start, top } = paging(ctx.match.query, faults, small);
  let cache = LISTS.get(ctx.state);
  if (!cache) LISTS.set(ctx.state, (cache = new Map()));
  const key = `${family}\u0000${top}\u0000${start ?? ''}`;
  const hit = cache.get(key);
  if (hit && hit.revision === ctx.state.revision && ctx.now < hit.validUntil) {
    sendJsonBytes(ctx.res, faults, 200, hit.body);
    return;
  }
  const { body, validUntil } = renderList(ctx, family, start, top);
  if (cache.size >= MAX_CACHED_LISTS) cache.clear();
  cache.set(key, { revision: ctx.state.revision, validUntil, body });
  sendJsonBytes(ctx.res, faults, 200, body);
}

/** Renders one page of a list, and when it stops being valid (the first expiry of a listed token). */
function renderList(
  ctx: HandlerContext,
  family: SessionFamily,
  start: string | undefined,
  top: number,
): { body: Buffer; validUntil: number } {
  const { faults } = ctx.config;
  let sessions = ctx.state.page(family, start ?? '', faults.has('list-top-ignored') ? Infinity : top, {
    inclusive: faults.has('list-start-inclusive'),
    includeDeleted: faults.has('deleted-still-listed'),
  });
  if (faults.has('created-session-not-listed')) sessions = sessions.filter((s) => s.id !== ctx.state.newestId(family));
  if (faults.has('paging-skips-next') && start !== undefined) sessions = sessions.slice(1);
  if (faults.has('list-unsorted')) sessions.reverse();
  let validUntil = Infinity;
  for (const s of sessions) {
    const expiry = expiresAt(s);
    if (expiry > ctx.now && expiry < validUntil) validUntil = expiry;
  }
  return { body: jsonArray(sessions.map((s) => itemJson(s, ctx.now, faults))), validUntil };
}

/** Get Liveness (With Verify) Session Result. */
export function getSession(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const session = sessionOf(ctx, faults.has('get-after-delete-200'));
  sendJson(ctx.res, faults, 200, renderSession(session, ctx.match.version, ctx.now, faults));
}

/** Delete Liveness (With Verify) Session: 200 with an empty body; the token stops working. */
export function deleteSession(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  // The fault deletes a session of either family with the id (its own first).
  const crossed = faults.has('delete-crosses-families')
    ? eitherFamily((f) => ctx.state.find(f, ctx.match.params.sessionId ?? ''), familyOf(ctx))
    : undefined;
  const session = crossed ?? sessionOf(ctx, faults.has('second-delete-succeeds'));
  ctx.state.delete(session);
  sendEmpty(ctx.res, faults.has('delete-answers-204') ? 204 : 200);
}
