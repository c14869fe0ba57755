/**
 * The attempt limit, the expected client IP and the settings (v1.3-preview.1's additions: reference/v1.3-preview.1;
 * CONTRACT.md §5), registered only for a version with those capabilities (`ADDITIONS_REQUIRE`, runner/titles.ts).
 * The rules such a version keeps from v1.2 run in wholeSessions.spec.ts.
 */
import { randomUUID } from 'node:crypto';
import { contractFor, familyOperationIds, hasCapabilities } from '../schemas';
import { FAKE_JPEG } from '../generators';
import {
  attemptLimitHonoured,
  clientAssetsTokenShape,
  createdValuesPersisted,
  settingsPersist,
  attemptNamesSessionImage,
  sessionImageIsImage,
} from '../checks';
import type { SessionFamily } from '../runner';
import { ADDITIONS_REQUIRE, LEFT_OUT, TITLES, checkExchange, runCheck } from '../runner';
import type { AuthKind } from '../wire';
import { jsonObject } from '../wire';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const VERSION = runConfig().apiVersion;
const ON = hasCapabilities(VERSION, ADDITIONS_REQUIRE);
if (!ON) test(...notForThisVersion(LEFT_OUT.attemptLimitAndSettings));
const FAMILIES: SessionFamily[] = ON ? ['liveness', 'livenessWithVerify'] : [];

/**
 * What each family's test sends: the JSON create asks for 2 attempts and names the expected client IP;
 * the with-verify create (form-data: no IP field) leaves the attempts at their default, 1.
 */
function fieldsOf(family: SessionFamily): { fields: Record<string, unknown>; allowed: number } {
  const device = { livenessOperationMode: 'Passive', deviceCorrelationId: randomUUID() };
  if (family === 'livenessWithVerify') return { fields: device, allowed: 1 };
  const fields = {
    ...device,
    userCorrelationId: randomUUID(),
    numberOfClientAttemptsAllowed: 2,
    expectedClientIpAddress: '203.0.113.0/24',
  };
  return { fields, allowed: 2 };
}

for (const family of FAMILIES) {
  test(TITLES.attemptLimit(VERSION, family), async ({ runtime: rt, api, recorder, requireChecks }) => {
    const ops = familyOperationIds(VERSION, ['create', 'get', 'device'] as const)[family];
    requireChecks(ops.device, [attemptLimitHonoured]);
    const { fields, allowed } = fieldsOf(family);
    await withinBudget(async () => {
      const { exchange, session } = await api.create(family, fields);
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      try {
        const answer = jsonObject(exchange.response.json);
        const created = { fields, created: answer ?? {}, status: exchange.response.status, session: answer };
        recorder.record(runCheck(rt, createdValuesPersisted, ops.create, created, exchange));
        const got = await api.get(family, session.id);
        recorder.record(checkExchange(rt, got, { kind: 'positive' }));
        const read = { ...created, status: got.response.status, session: jsonObject(got.response.json) };
        recorder.record(runCheck(rt, createdValuesPersisted, ops.get, read, got));
        const statuses: number[] = [];
        let last = got;
        for (let i = 0; i <= allowed; i++) {
          last = await api.device(session);
          statuses.push(last.response.status);
          // The call beyond the allowed number is judged by attemptLimitHonoured alone (any 4xx).
          if (i < allowed) recorder.record(checkExchange(rt, last, { kind: 'positive' }));
        }
        recorder.record(runCheck(rt, attemptLimitHonoured, ops.device, { allowed, statuses }, last));
        // A session that names its expected client IP is read again after its attempts: the IP (and the
        // rest create set) must still be what was sent (no read after an attempt shows it otherwise).
        if ('expectedClientIpAddress' in fields) {
          const again = await api.get(family, session.id);
          recorder.record(checkExchange(rt, again, { kind: 'positive' }));
          const reread = { ...created, status: again.response.status, session: jsonObject(again.response.json) };
          recorder.record(runCheck(rt, createdValuesPersisted, ops.get, reread, again));
        }
      } finally {
        await api.delete(family, session.id);
      }
    });
  });
}

/** The abuse-monitoring setting of a Settings body, when it is a boolean. */
const enabledOf = (body: unknown): boolean | undefined => {
  const value = jsonObject(jsonObject(body)?.livenessAbuseMonitoring)?.enabled;
  return typeof value === 'boolean' ? value : undefined;
};

const BAD_KEYS: [AuthKind, 'no-key' | 'wrong-key'][] = [
  ['none', 'no-key'],
  ['wrong-key', 'wrong-key'],
];

if (ON) {
  test(TITLES.settings(VERSION), async ({ runtime: rt, api, recorder }) => {
    await withinBudget(async () => {
      const before = await api.settings('getSettings');
      recorder.record(checkExchange(rt, before, { kind: 'positive' }));
      for (const [auth, variant] of BAD_KEYS) {
        recorder.record(
          checkExchange(rt, await api.settings('getSettings', { auth }), { kind: 'unauthorized', variant }),
        );
      }
      if (rt.config.readOnly) {
        recorder.skip(settingsPersist, api.settingsOp('patchSettings').id, rt.unmetReason('write'));
        return;
      }
      const original = enabledOf(before.response.json) ?? false;
      // Settings belong to the whole resource: flip the value, read it back, and always put it back.
      const set = !original;
      const patched = await api.settings('patchSettings', { body: { livenessAbuseMonitoring: { enabled: set } } });
      try {
        recorder.record(checkExchange(rt, patched, { kind: 'positive' }));
        const read = await api.settings('getSettings');
        recorder.record(checkExchange(rt, read, { kind: 'positive' }));
        const observed = { set, patched: patched.response.json, read: read.response.json };
        recorder.record(runCheck(rt, settingsPersist, api.settingsOp('patchSettings').id, observed, read));
      } finally {
        // ...and the PATCH back is read again: a setting must persist in both directions.
        const back = await api.settings('patchSettings', { body: { livenessAbuseMonitoring: { enabled: original } } });
        recorder.record(checkExchange(rt, back, { kind: 'positive' }));
        // A PATCH that sets nothing (every SettingsUpdate member is optional) answers the setting unchanged.
        const empty = await api.settings('patchSettings', { body: {} });
        recorder.record(checkExchange(rt, empty, { kind: 'positive' }));
        const reread = await api.settings('getSettings');
        recorder.record(checkExchange(rt, reread, { kind: 'positive' }));
        const restored = { set: original, patched: back.response.json, read: reread.response.json };
        recorder.record(runCheck(rt, settingsPersist, api.settingsOp('patchSettings').id, restored, reread));
        const unchanged = { set: original, patched: empty.response.json, read: reread.response.json };
        recorder.record(runCheck(rt, settingsPersist, api.settingsOp('patchSettings').id, unchanged, empty));
        // A server whose empty PATCH changed the setting gets it put back.
        if (enabledOf(reread.response.json) !== original) {
          await api.settings('patchSettings', { body: { livenessAbuseMonitoring: { enabled: original } } });
        }
      }
    });
  });

  test(TITLES.clientAssetsToken(VERSION), async ({ runtime: rt, api, recorder }) => {
    await withinBudget(async () => {
      const got = await api.settings('clientAssetsToken');
      recorder.record(checkExchange(rt, got, { kind: 'positive' }));
      const observed = { status: got.response.status, body: got.response.json };
      recorder.record(runCheck(rt, clientAssetsTokenShape, api.settingsOp('clientAssetsToken').id, observed, got));
      for (const [auth, variant] of BAD_KEYS) {
        recorder.record(
          checkExchange(rt, await api.settings('clientAssetsToken', { auth }), { kind: 'unauthorized', variant }),
        );
      }
    });
  });
}

/** The `sessionImageId` of the first attempt of a session read, if any. */
function sessionImageOf(session: Record<string, unknown> | undefined): string | undefined {
  const attempts = (session?.results as { attempts?: { result?: { sessionImageId?: unknown } }[] } | undefined)
    ?.attempts;
  const id = Array.isArray(attempts) ? attempts[0]?.result?.sessionImageId : undefined;
  return typeof id === 'string' ? id : undefined;
}

if (ON) {
  test(TITLES.sessionImage(VERSION), async ({ runtime: rt, api, recorder, requireChecks }) => {
    const imageOp = contractFor(VERSION).sessionImage;
    if (!imageOp) throw new Error(`${VERSION} has no Get Session Image in the contract table`);
    requireChecks(imageOp.id, [sessionImageIsImage]);
    const ops = familyOperationIds(VERSION, ['get'] as const).liveness;
    await withinBudget(async () => {
      const fields = { ...fieldsOf('liveness').fields, enableSessionImage: true };
      const { exchange, session } = await api.create('liveness', fields);
      recorder.record(checkExchange(rt, exchange, { kind: 'positive' }));
      if (!session) return;
      try {
        // The simulated device sends a JPEG; the session image is what the service kept of the attempt.
        recorder.record(checkExchange(rt, await api.device(session, { content: FAKE_JPEG }), { kind: 'positive' }));
        const got = await api.get('liveness', session.id);
        recorder.record(checkExchange(rt, got, { kind: 'positive' }));
        const read = jsonObject(got.response.json);
        const stored = { fields: { enableSessionImage: true }, session: read };
        recorder.record(runCheck(rt, attemptNamesSessionImage, ops.get, stored, got));
        const sessionImageId = sessionImageOf(read);
        if (!sessionImageId) return;
        const image = await api.sessionImage(sessionImageId);
        recorder.record(checkExchange(rt, image, { kind: 'positive' }));
        const { status, raw, headers } = image.response;
        const observed = { status, body: raw, contentType: headers['content-type'] };
        recorder.record(runCheck(rt, sessionImageIsImage, imageOp.id, observed, image));
      } finally {
        await api.delete('liveness', session.id);
      }
    });
  });
}
