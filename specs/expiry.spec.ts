import { LEFT_OUT, plainCreateBody, checkExchange, runCheck } from '../runner';
import { sessionExpiredMatchesTtl, tokenExpiresAfterTtl } from '../checks';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';
import { isGaVersion } from '../schemas';
import type { Exchange } from '../wire';

/** The shortest documented TTL, in seconds: the session the expiry check waits out. */
const MIN_TTL = 60;
/** The TTL of the session listed after it, which the wait must not reach (an hour). */
const LONG_TTL = 3600;
/** Creates at most for a long-lived session whose id sorts after the short-lived one (each one in two does). */
const NEIGHBOUR_TRIES = 4;

/**
 * The list page that shows a session first and the one after it: `start` its id without the last character
 * (a prefix sorts before the id; another session's id between the two is negligible) and `top=2`.
 */
const pageOf = (id: string): [string, string][] => [
  ['start', id.slice(0, -1)],
  ['top', '2'],
];

/**
 * How long after the create a read still counts as before the TTL, in ms: half the wait or half the TTL,
 * whichever is shorter. The wait stands for the TTL on the server's clock, which may run fast (the
 * self-check's mock), so a read later than that may already be past the TTL and says nothing.
 */
const FRESH_FOR = (waitMs: number): number => Math.min(waitMs, MIN_TTL * 1000) / 2;

// A v1.2 (GA) run registers no preview test (CONTRACT.md §5): specs/wholeSessions.spec.ts covers it.
if (isGaVersion(runConfig().apiVersion)) test(...notForThisVersion(LEFT_OUT.expiry));
else {
  test('token expiry: a session token stops working after its TTL (opt-in, waits)', async ({
    runtime: rt,
    api,
    recorder,
    created,
    requireChecks,
  }) => {
    const op = api.id('liveness', 'device');
    requireChecks(op, [tokenExpiresAfterTtl]);
    const waitMs = rt.config.expiryWaitMs ?? MIN_TTL * 1000 + 1000;
    test.setTimeout(waitMs + 60_000);
    await withinBudget(async () => {
      const { exchange, session } = await api.create(
        'liveness',
        plainCreateBody({ authTokenTimeToLiveInSeconds: MIN_TTL }),
      );
      if (!session) {
        recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
        return;
      }
      created.push(session);
      // A long-lived session listed after it: a list answer is stale when a server keeps it until the TTL of
      // the last session it shows instead of the first to expire (its id must sort after the short-lived one).
      let neighbour: string | undefined;
      for (let i = 0; i < NEIGHBOUR_TRIES && !neighbour; i++) {
        const long = await api.create('liveness', plainCreateBody({ authTokenTimeToLiveInSeconds: LONG_TTL }));
        if (!long.session) break;
        created.push(long.session);
        if (long.session.id > session.id) neighbour = long.session.id;
      }
      // The first list goes at once, before any check of the create: it must come back before the TTL.
      const before = await api.list('liveness', pageOf(session.id));
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      const list = api.id('liveness', 'list');
      // The list items' sessionExpired, read before the wait and by the same request after it.
      const listed = (page: Exchange, expired: boolean) => {
        recorder.record(checkExchange(rt, page, { kind: 'positive' }));
        const items = (Array.isArray(page.response.json) ? page.response.json : []) as (
          { id?: unknown; sessionExpired?: unknown } | undefined
        )[];
        const first = items[0];
        const when = expired ? 'after its TTL' : 'before its TTL';
        const sinceCreate = Date.parse(page.startedAt) + page.durationMs - Date.parse(exchange.startedAt);
        // Another server may page differently (paging has its own checks): no item, no verdict.
        if (first?.id !== session.id)
          recorder.skip(
            sessionExpiredMatchesTtl,
            list,
            `the list page from a prefix of the id (top=2) ${when} does not show the session first`,
          );
        else if (first.sessionExpired === undefined || first.sessionExpired === null)
          recorder.skip(sessionExpiredMatchesTtl, list, `the session listed ${when} shows no sessionExpired`);
        else if (!expired && sinceCreate >= FRESH_FOR(waitMs))
          recorder.skip(
            sessionExpiredMatchesTtl,
            list,
            `the list before the wait answered ${sinceCreate} ms after the create`,
          );
        else {
          const input = { expired, status: page.response.status, sessionExpired: first.sessionExpired };
          recorder.record(runCheck(rt, sessionExpiredMatchesTtl, list, input, page));
        }
        // The long-lived session after it is not expired, before the wait or after it (a wait under its TTL).
        const second = items[1];
        if (neighbour === undefined || second?.id !== neighbour || typeof second.sessionExpired !== 'boolean') return;
        if (waitMs >= (LONG_TTL * 1000) / 2) return;
        const input = { expired: false, status: page.response.status, sessionExpired: second.sessionExpired };
        recorder.record(runCheck(rt, sessionExpiredMatchesTtl, list, input, page));
      };
      listed(before, false);
      await new Promise((r) => setTimeout(r, waitMs));
      listed(await api.list('liveness', pageOf(session.id)), true);
      const call = await api.device(session, {});
      recorder.record(runCheck(rt, tokenExpiresAfterTtl, op, { status: call.response.status, waitedMs: waitMs }, call));
      const get = await api.get('liveness', session.id);
      const expired = (get.response.json as { sessionExpired?: unknown } | undefined)?.sessionExpired;
      const read = api.id('liveness', 'get');
      const skip = (reason: string) => recorder.skip(sessionExpiredMatchesTtl, read, reason);
      // The service's 404 says "The session id is expired or does not exist": an expired session may be gone.
      if (get.response.status === 404) skip('the session read 404 after its TTL (expired sessions may be gone)');
      else if (expired === undefined || expired === null)
        skip('the session read after its TTL shows no sessionExpired');
      else {
        recorder.record(checkExchange(rt, get, { kind: 'positive' }));
        const input = { expired: true, status: get.response.status, sessionExpired: expired };
        recorder.record(runCheck(rt, sessionExpiredMatchesTtl, read, input, get));
      }
    });
  });
}
