import { randomUUID } from 'node:crypto';
import type { ContractVersion, OperationSpec } from '../schemas';
import { isGaVersion, operationsFor } from '../schemas';
import type { RequestCase } from '../generators';
import { boundaryRequests, negativeRequests, requestArbitrary } from '../generators';
import { EXCHANGE_CHECKS, boundaryValuesAccepted } from '../checks';
import type { CreatedSession, Runtime, SessionCalls, NoteRecord, OutcomeSink } from '../runner';
import {
  intentOf,
  toWire,
  LEFT_OUT,
  firstPerLabel,
  splitBoundaries,
  checkExchange,
  rateLimitedReason,
  checkProperty,
  replayCommand,
  runCheck,
  familyOf,
  sessionFor,
  prepareSessionImage,
} from '../runner';
import { fillPath } from '../wire';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const configured = runConfig().apiVersion;
// A v1.2 (GA) run registers none of these preview tests (CONTRACT.md §5): specs/wholeSessions.spec.ts covers it.
const preview: ContractVersion | undefined = isGaVersion(configured) ? undefined : configured;
if (!preview) test(...notForThisVersion(LEFT_OUT.operations));
const isCreate = (op: OperationSpec): boolean => op.method === 'POST' && op.kind === 'management';
const writes = (op: OperationSpec): boolean => op.method !== 'GET';

/** Path parameters and token for one operation: a session (or image) to address, or a reason to skip. */
async function pathFor(
  op: OperationSpec,
  api: SessionCalls,
  rt: Runtime,
  created: CreatedSession[],
): Promise<{ params: Record<string, string>; session?: CreatedSession; reason?: string }> {
  if (op.id === 'getSessionImage') {
    const image = await prepareSessionImage(api, rt, created);
    return image.id ? { params: { sessionImageId: image.id } } : { params: {}, reason: image.reason };
  }
  const family = familyOf(op);
  if (!family || (op.pathParams.length === 0 && op.kind !== 'device')) return { params: {} };
  const { session, reason } = await sessionFor(api, rt, family, created);
  if (!session) return { params: {}, reason };
  return { params: { sessionId: session.id }, session };
}

/** Sends one generated request, registers any session it created, and hands the exchange checks' outcomes to `out`. */
async function sendCase(
  rc: RequestCase,
  op: OperationSpec,
  ctx: { api: SessionCalls; rt: Runtime; out: OutcomeSink; created: CreatedSession[]; token?: string },
): Promise<void> {
  const intent = intentOf(rc, op);
  if (!intent) return;
  const exchange = await ctx.api.send(toWire(rc, ctx.token));
  const family = familyOf(op);
  if (isCreate(op) && family) {
    const parameters =
      rc.body?.kind === 'multipart' ? rc.body.parts.find((p) => p.name === 'Parameters')?.data : undefined;
    const body = rc.body?.kind === 'json' ? rc.body.value : typeof parameters === 'string' ? safeParse(parameters) : {};
    const { session } = ctx.api.recordCreate(
      family,
      (body ?? {}) as Record<string, unknown>,
      rc.body?.kind === 'multipart',
      exchange,
    );
    if (session) ctx.created.push(session);
  }
  if (intent.kind === 'negative' && !intent.documented) {
    const note: NoteRecord = {
      kind: rc.violation?.conflict ? 'conflict' : 'info',
      operation: op.id,
      id: `${rc.violation?.conflict ?? rc.violation?.scenario}:${rc.violation?.pointer}`,
      message: `${rc.label}: undocumented behaviour, answered ${exchange.response.status} (either is allowed)`,
    };
    ctx.out.record([{ kind: 'note', note }]);
  }
  ctx.out.record(checkExchange(ctx.rt, exchange, intent));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

for (const [version, op] of preview ? operationsFor(preview).map((o) => [preview, o] as const) : []) {
  test.describe(`${op.id}`, () => {
    // What a spent budget leaves unchecked: the exchange checks on this operation ("not run (budget)").
    const notRunHere = { operation: op.id, checks: EXCHANGE_CHECKS };
    test(`positive: valid requests get a documented answer`, async ({
      runtime: rt,
      api,
      recorder,
      created,
    }, testInfo) => {
      if (rt.config.readOnly && writes(op)) {
        for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, rt.unmetReason('write'));
        test.skip(true, rt.unmetReason('write'));
      }
      if (op.kind === 'device' && !rt.config.deviceSimulation) {
        for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, rt.unmetReason('deviceSimulation'));
        test.skip(true, rt.unmetReason('deviceSimulation'));
      }
      await withinBudget(async () => {
        const where = await pathFor(op, api, rt, created);
        if (where.reason) {
          for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, where.reason);
          test.skip(true, where.reason);
        }
        const arb = requestArbitrary(version, op.id, { pathParams: where.params, verifyImage: 'include' });
        await checkProperty(
          recorder,
          arb,
          async (generated, outcomes) => {
            let rc = generated;
            let token = where.session?.token;
            if (op.method === 'DELETE') {
              // Each delete needs its own session.
              const fresh = await sessionFor(api, rt, familyOf(op)!, created);
              if (!fresh.session) return;
              rc = { ...rc, path: fillPath(op, { sessionId: fresh.session.id }) };
              token = fresh.session.token;
            }
            await sendCase(rc, op, { api, rt, out: outcomes, created, token });
          },
          {
            seed: rt.config.seed,
            numRuns: rt.config.numRuns,
            path: rt.config.fcPath,
            afterFirstRun: () => rt.client.limiter.endCoverage(),
          },
          (seed, path) => replayCommand(testInfo.title, seed, path),
        );
      }, notRunHere);
    });

    // Placeholder path parameters only to learn whether the operation has documented bounds at all.
    const placeholders = { sessionId: 'x', sessionImageId: 'x' };
    if (boundaryRequests(version, op.id, { pathParams: placeholders }).length > 0) {
      test(`boundary: values exactly on each documented bound, and every enum value, are accepted`, async ({
        runtime: rt,
        api,
        recorder,
        created,
      }) => {
        if (rt.config.readOnly && writes(op)) {
          recorder.skip(boundaryValuesAccepted, op.id, rt.unmetReason('write'));
          test.skip(true, rt.unmetReason('write'));
        }
        await withinBudget(async () => {
          const where = await pathFor(op, api, rt, created);
          if (where.reason) {
            recorder.skip(boundaryValuesAccepted, op.id, where.reason);
            test.skip(true, where.reason);
          }
          // Coverage first (runner/plan.ts): a JSON part's bounds, already checked on a JSON body, are repetitions.
          const cases = boundaryRequests(version, op.id, { pathParams: where.params, verifyImage: 'include' });
          const { first, again } = splitBoundaries(version, op.id, cases);
          for (const rc of [...first, ...again]) {
            if (rc === again[0]) await rt.client.limiter.endCoverage();
            const exchange = await api.send(toWire(rc, where.session?.token));
            const family = familyOf(op);
            if (isCreate(op) && family) {
              const body = rc.body?.kind === 'json' ? (rc.body.value as Record<string, unknown>) : {};
              const { session } = api.recordCreate(family, body, rc.body?.kind === 'multipart', exchange);
              if (session) created.push(session);
            }
            recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
            // Still rate limited after the bounded retries: the answer says nothing about the bound.
            if (exchange.response.status === 429) {
              recorder.skip(boundaryValuesAccepted, op.id, rateLimitedReason(exchange));
              continue;
            }
            recorder.record(runCheck(rt, boundaryValuesAccepted, op.id, { exchange, op, label: rc.label }, exchange));
          }
        });
      });
    }

    test(`negative: invalid requests are refused with the documented error`, async ({
      runtime: rt,
      api,
      recorder,
      created,
    }) => {
      if (op.kind === 'device' && !rt.config.deviceSimulation) {
        for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, rt.unmetReason('deviceSimulation'));
        test.skip(true, rt.unmetReason('deviceSimulation'));
      }
      await withinBudget(async () => {
        const needsSession = op.pathParams.length > 0 || op.kind === 'device';
        const where = needsSession ? await pathFor(op, api, rt, created) : { params: {} as Record<string, string> };
        if ('reason' in where && where.reason) {
          for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, where.reason);
          test.skip(true, where.reason);
        }
        // A token for "session token on a management call": one of this run's own sessions.
        let token = 'session' in where ? where.session?.token : undefined;
        if (!token && !rt.config.readOnly && op.kind === 'management') {
          const s = await sessionFor(api, rt, 'liveness', created);
          token = s.session?.token;
        }
        const all = negativeRequests(version, op.id, { pathParams: where.params, verifyImage: 'include' }).filter(
          (rc) => !(rt.config.readOnly && rc.method !== 'GET'),
        );
        // Coverage first (runner/plan.ts): one case per label (each boundary, each invalid kind at each
        // pointer, each auth variant) is the first pass; the same label's other variants are repetitions.
        const { first, again } = firstPerLabel(all);
        const send = async (rc: RequestCase): Promise<void> => {
          if (rc.auth === 'session-token' && !token) {
            recorder.note({
              kind: 'info',
              operation: op.id,
              id: 'no-session-token',
              message: 'no session token available (read-only run): session-token case not sent',
            });
            return;
          }
          await sendCase(rc, op, { api, rt, out: recorder, created, token });
        };
        for (const rc of first) await send(rc);
        // Unknown ids: 404 (rule 6), a session's and a session image's.
        const ids = op.pathParams.filter((p) => p === 'sessionId' || p === 'sessionImageId');
        if (ids.length > 0 && !(rt.config.readOnly && op.method !== 'GET')) {
          const params = Object.fromEntries(ids.map((p) => [p, randomUUID()]));
          const exchange = await api.call(op, { params, auth: 'key' });
          recorder.record(checkExchange(rt, exchange, { kind: 'notFound' }));
        }
        await rt.client.limiter.endCoverage();
        for (const rc of again) await send(rc);
      }, notRunHere);
    });
  });
}
