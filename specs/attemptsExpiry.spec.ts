import { randomUUID } from 'node:crypto';
/**
 * Token expiry of whole sessions (the GA design, CONTRACT.md §5), opt-in (FACE_CHECK_EXPIRY_WAIT_MS: it waits): a token stops working after the TTL
 * it was created with, and after the documented default (600 s) when it was created without one. The
 * default's wait is ten times the configured one (61 s → 610 s against a real service).
 */
import { LEFT_OUT, TITLES, checkExchange, runCheck } from '../runner';
import { tokenExpiresAfterDefaultTtl, tokenExpiresAfterTtl } from '../checks';
import type { Check } from '../checks';
import { isGaVersion } from '../schemas';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const VERSION = runConfig().apiVersion;
if (!isGaVersion(VERSION)) test(...notForThisVersion(LEFT_OUT.attemptsExpiry));
/** The shortest documented TTL, in seconds: the session the explicit-TTL test waits out. */
const MIN_TTL = 60;

const CASES: [string, Record<string, unknown>, number, Check<{ status: number; waitedMs: number }>][] = [
  ['its TTL', { authTokenTimeToLiveInSeconds: MIN_TTL }, 1, tokenExpiresAfterTtl],
  ['the default TTL (600 s) when created without one', {}, 10, tokenExpiresAfterDefaultTtl],
];

for (const [what, ttl, factor, check] of isGaVersion(VERSION) ? CASES : []) {
  test(TITLES.tokenExpiryAfter(VERSION, what), async ({ runtime: rt, api, recorder, requireChecks }) => {
    const op = api.id('liveness', 'device');
    requireChecks(op, [check]);
    const waitMs = (rt.config.expiryWaitMs ?? MIN_TTL * 1000 + 1000) * factor;
    test.setTimeout(waitMs + 60_000);
    await withinBudget(async () => {
      const fields = { livenessOperationMode: 'Passive', deviceCorrelationId: randomUUID(), ...ttl };
      const { exchange, session } = await api.create('liveness', fields);
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      try {
        await new Promise((r) => setTimeout(r, waitMs));
        const call = await api.device(session);
        recorder.record(runCheck(rt, check, op, { status: call.response.status, waitedMs: waitMs }, call));
      } finally {
        await api.delete('liveness', session.id);
      }
    });
  });
}
