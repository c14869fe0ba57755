/**
 * The GA-line suite (CONTRACT.md §5): v1.2, and v1.3-preview.1 which keeps its rules; registered only when
 * FACE_API_VERSION is one of them (the preview specs register nothing then). Valid create bodies come from
 * the registry's schemas of the version through `arbitraryFor`; the labelled invalid creates from the
 * generators' `negativeRequests`, which read the version's OpenAPI document.
 */
import type fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { createDefinitionFor, familyOperationIds, hasCapability, isGaVersion, operation } from '../schemas';
import type { RequestCase } from '../generators';
import { arbitraryFor, boundaryCases, negativeRequests } from '../generators';
import {
  EXCHANGE_CHECKS,
  boundaryValuesAccepted,
  familiesSeparate,
  attemptsNumberedFromOne,
  createReturnsWholeSession,
  createdValuesPersisted,
  deletedSessionNotFound,
} from '../checks';
import type { SessionCalls, SessionFamily, OutcomeSink, Runtime } from '../runner';
import type { AuthKind } from '../wire';
import { jsonObject } from '../wire';
import {
  intentOf,
  invalidCreate,
  firstPerLabel,
  toWire,
  LEFT_OUT,
  TITLES,
  checkExchange,
  checkProperty,
  sequenceRuns,
  replayCommand,
  runCheck,
} from '../runner';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

/** The GA-design version of this run (v1.2 or v1.3-preview.1): its tests carry its name. */
const VERSION = runConfig().apiVersion;
const FAMILIES: SessionFamily[] = isGaVersion(VERSION) ? ['liveness', 'livenessWithVerify'] : [];
if (FAMILIES.length === 0) test(...notForThisVersion(LEFT_OUT.wholeSessions));
/** The version's operation ids per family, read from the contract table. */
const FAMILY_OPS = isGaVersion(VERSION)
  ? familyOperationIds(VERSION, ['create', 'get', 'delete', 'device'] as const)
  : ({} as ReturnType<typeof familyOperationIds<'create' | 'get' | 'delete' | 'device'>>);
/** Create, read back, delete and read again one session; every exchange through the exchange checks. */
async function roundTrip(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  fields: Record<string, unknown>,
) {
  const ops = FAMILY_OPS[family];
  const { exchange, session } = await api.create(family, fields);
  out.record(checkExchange(rt, exchange, { kind: 'positive' }));
  const created = jsonObject(exchange.response.json);
  const answered = { status: exchange.response.status, session: created };
  out.record(runCheck(rt, createReturnsWholeSession, ops.create, answered, exchange));
  if (!session || !created) return;
  try {
    const got = await api.get(family, session.id);
    out.record(checkExchange(rt, got, { kind: 'positive' }));
    const readBack = { status: got.response.status, session: jsonObject(got.response.json), created, fields };
    out.record(runCheck(rt, createdValuesPersisted, ops.get, readBack, got));
  } finally {
    const deleted = await api.delete(family, session.id);
    out.record(checkExchange(rt, deleted, { kind: 'positive' }));
    const after = await api.get(family, session.id);
    out.record(checkExchange(rt, after, { kind: 'notFound' }));
    const statuses = {
      deleteStatus: deleted.response.status,
      getStatus: after.response.status,
      deleteOperation: ops.delete,
    };
    out.record(runCheck(rt, deletedSessionNotFound, ops.delete, statuses, after));
  }
}

for (const family of FAMILIES) {
  test(
    TITLES.wholeSessionRoundTrip(VERSION, family),
    async ({ runtime: rt, api, recorder, requireChecks }, testInfo) => {
      requireChecks(FAMILY_OPS[family].create, [createReturnsWholeSession, createdValuesPersisted]);
      const arb = arbitraryFor(VERSION, createDefinitionFor(VERSION, family)) as fc.Arbitrary<Record<string, unknown>>;
      await withinBudget(() =>
        checkProperty(
          recorder,
          arb,
          (fields, outcomes) => roundTrip(api, rt, outcomes, family, fields),
          // The first run is the first pass (runner/plan.ts); the others are repetitions.
          { ...sequenceRuns(rt.config), afterFirstRun: () => rt.client.limiter.endCoverage() },
          (seed, path) => replayCommand(testInfo.title, seed, path),
        ),
      );
    },
  );

  test(TITLES.attemptsNumbered(VERSION, family), async ({ runtime: rt, api, recorder, requireChecks }) => {
    const ops = FAMILY_OPS[family];
    requireChecks(ops.device, [attemptsNumberedFromOne]);
    await withinBudget(async () => {
      const { exchange, session } = await api.create(family, plainFields(family));
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      try {
        for (let i = 0; i < 2; i++) recorder.record(checkExchange(rt, await api.device(session), { kind: 'positive' }));
        const keyOnDevice = await api.device({ ...session, token: '' }, { auth: 'key-on-device' });
        recorder.record(checkExchange(rt, keyOnDevice, { kind: 'unauthorized', variant: 'key-on-device' }));
        const got = await api.get(family, session.id);
        recorder.record(checkExchange(rt, got, { kind: 'positive' }));
        recorder.record(
          runCheck(
            rt,
            attemptsNumberedFromOne,
            ops.get,
            { status: got.response.status, session: jsonObject(got.response.json), calls: 2 },
            got,
          ),
        );
      } finally {
        await api.delete(family, session.id);
      }
    });
  });

  test(TITLES.keyAndUnknownSession(VERSION, family), async ({ runtime: rt, api, recorder }) => {
    await withinBudget(async () => {
      for (const [auth, variant] of [
        ['none', 'no-key'],
        ['wrong-key', 'wrong-key'],
      ] as [AuthKind, 'no-key' | 'wrong-key'][]) {
        const unknown = randomUUID();
        recorder.record(checkExchange(rt, await api.get(family, unknown, auth), { kind: 'unauthorized', variant }));
        if (rt.config.readOnly) continue;
        const { exchange } = await api.create(family, plainFields(family), { auth });
        recorder.record(checkExchange(rt, exchange, { kind: 'unauthorized', variant }));
        recorder.record(
          checkExchange(rt, await api.delete(family, unknown, { auth }), { kind: 'unauthorized', variant }),
        );
      }
      recorder.record(checkExchange(rt, await api.get(family, randomUUID()), { kind: 'notFound' }));
      // Session images: an unknown id is 404 (never 5xx), and the key is needed as on every management call.
      recorder.record(checkExchange(rt, await api.sessionImage(randomUUID()), { kind: 'notFound' }));
      const noKey = await api.sessionImage(randomUUID(), 'none');
      recorder.record(checkExchange(rt, noKey, { kind: 'unauthorized', variant: 'no-key' }));
      if (!rt.config.readOnly) {
        // An id this run never created: sent as it is, with no ledger entry to close.
        const gone = await api.call(api.op(family, 'delete'), { params: { sessionId: randomUUID() }, auth: 'key' });
        recorder.record(checkExchange(rt, gone, { kind: 'notFound' }));
      }
    });
  });
}

for (const family of FAMILIES) {
  test(TITLES.invalidCreates(VERSION, family), async ({ runtime: rt, api, recorder }) => {
    const op = operation(FAMILY_OPS[family].create);
    if (rt.config.readOnly) {
      for (const c of EXCHANGE_CHECKS) recorder.skip(c, op.id, rt.unmetReason('write'));
      test.skip(true, rt.unmetReason('write'));
    }
    // No session token here (401s are tested above). Coverage first (runner/plan.ts): one case per label is
    // the first pass; the same label's other variants and the cases the documents leave open are repetitions.
    const { first, again } = firstPerLabel(negativeRequests(rt.config.apiVersion, op.id).filter(invalidCreate));
    const send = async (rc: RequestCase): Promise<void> => {
      const intent = intentOf(rc, op);
      if (!intent) return;
      const exchange = await rt.client.send(toWire(rc));
      // A server that wrongly accepts one made a session: record it so the cleanup deletes it.
      api.recordCreate(family, {}, false, exchange);
      recorder.record(checkExchange(rt, exchange, intent));
    };
    await withinBudget(async () => {
      for (const rc of first) await send(rc);
      await rt.client.limiter.endCoverage();
      for (const rc of again) await send(rc);
    });
  });
}

for (const family of FAMILIES) {
  test(TITLES.createBoundary(VERSION, family), async ({ runtime: rt, api, recorder }) => {
    const op = operation(FAMILY_OPS[family].create);
    if (rt.config.readOnly) {
      recorder.skip(boundaryValuesAccepted, op.id, rt.unmetReason('write'));
      test.skip(true, rt.unmetReason('write'));
    }
    await withinBudget(async () => {
      for (const c of boundaryCases(rt.config.apiVersion, createDefinitionFor(rt.config.apiVersion, family))) {
        const { exchange, session } = await api.create(family, c.value as Record<string, unknown>);
        try {
          recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
          const label = `create ${c.pointer} ${c.scenario} ${JSON.stringify(jsonObject(c.value)?.[c.pointer.slice(1)])}`;
          recorder.record(runCheck(rt, boundaryValuesAccepted, op.id, { exchange, op, label }, exchange));
        } finally {
          if (session) await api.delete(family, session.id);
        }
      }
    });
  });
}

for (const family of FAMILIES) {
  const called: SessionFamily = family === 'liveness' ? 'livenessWithVerify' : 'liveness';
  test(TITLES.familiesApartOnGet(VERSION, family, called), async ({ runtime: rt, api, recorder, requireChecks }) => {
    requireChecks(FAMILY_OPS[called].get, [familiesSeparate]);
    await withinBudget(async () => {
      const { exchange, session } = await api.create(family, plainFields(family));
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      try {
        const got = await api.get(called, session.id);
        recorder.record(checkExchange(rt, got, { kind: 'notFound' }));
        const observed = { what: 'get' as const, sessionFamily: family, calledFamily: called, sessionId: session.id };
        recorder.record(
          runCheck(rt, familiesSeparate, FAMILY_OPS[called].get, { ...observed, status: got.response.status }, got),
        );
        if (rt.config.deviceSimulation) {
          // Its token on the other family's device path: refused (a token authorises its own family's call).
          const device = await api.device(session, { family: called });
          const crossed = { ...observed, what: 'device' as const, status: device.response.status };
          recorder.record(runCheck(rt, familiesSeparate, FAMILY_OPS[called].device, crossed, device));
        }
      } finally {
        await api.delete(family, session.id);
      }
    });
  });
}

/**
 * Create fields every server of the version accepts: the required mode and a device id. v1.3 allows 1
 * attempt unless told otherwise, so its sessions ask for the most (3), and its JSON create sends a user id
 * (userCorrelationId "must be set in this request body" unless the client sets it).
 */
function plainFields(family: SessionFamily): Record<string, unknown> {
  const fields = { livenessOperationMode: 'Passive', deviceCorrelationId: randomUUID() };
  const user =
    hasCapability(VERSION, 'userCorrelation') && family === 'liveness' ? { userCorrelationId: randomUUID() } : {};
  const attempts = hasCapability(VERSION, 'attemptLimit') ? { numberOfClientAttemptsAllowed: 3 } : {};
  return { ...fields, ...user, ...attempts };
}
