import { LEFT_OUT, plainCreateBody, checkExchange, runCheck } from '../runner';
import { sessionExpiredMatchesTtl, tokenExpiresAfterTtl } from '../checks';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';
import { isGaVersion } from '../schemas';

/** The shortest documented TTL, in seconds: the session the expiry check waits out. */
const MIN_TTL = 60;

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
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      created.push(session);
      await new Promise((r) => setTimeout(r, waitMs));
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
