import { plainCreateBody, loadConfig, checkExchange, runCheck } from '../runner';
import { tokenExpiresAfterTtl } from '../checks';
import { test, withinBudget } from './fixtures';
import { isGaVersion } from '../schemas';

/** The shortest documented TTL, in seconds: the session the expiry check waits out. */
const MIN_TTL = 60;

// A v1.2 (GA) run registers no preview test (CONTRACT.md §5): specs/ga.spec.ts covers it.
if (!isGaVersion(loadConfig().apiVersion)) {
  test('token expiry: a session token stops working after its TTL (opt-in, waits)', async ({
    runtime: rt,
    api,
    recorder,
    created,
    requireChecks,
  }) => {
    const op = api.ids('liveness').device;
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
      recorder.note({
        kind: 'info',
        operation: api.ids('liveness').get,
        id: 'sessionExpired-after-ttl',
        message: `after the TTL, sessionExpired is ${JSON.stringify(expired)}`,
      });
    });
  });
}
