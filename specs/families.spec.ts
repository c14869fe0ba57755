/**
 * The two session families are apart (CONTRACT.md §1, §3 rules 3 and 6): a session of one family, its id, its
 * list entry and its token, is not accepted by the other family's operations.
 */
import { isGaVersion } from '../schemas';
import { familiesSeparate } from '../checks';
import { LEFT_OUT, sessionFor, checkExchange, runCheck } from '../runner';
import type { CreatedSession, SessionFamily } from '../runner';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const FAMILIES: SessionFamily[] = isGaVersion(runConfig().apiVersion) ? [] : ['liveness', 'livenessWithVerify'];
if (FAMILIES.length === 0) test(...notForThisVersion(LEFT_OUT.families));
const other = (f: SessionFamily): SessionFamily => (f === 'liveness' ? 'livenessWithVerify' : 'liveness');

for (const family of FAMILIES) {
  const called = other(family);
  test(`families apart: a ${family} session is unknown to the ${called} operations`, async ({
    runtime: rt,
    api,
    recorder,
    created,
    requireChecks,
  }) => {
    requireChecks(api.id(called, 'get'), [familiesSeparate]);
    await withinBudget(async () => {
      const { session } = await sessionFor(api, rt, family, created);
      if (!session) return;
      const observe = (
        what: 'get' | 'audit' | 'list' | 'device',
        op: string,
        status: number,
        s: CreatedSession,
        listedIds?: unknown[],
      ) =>
        recorder.record(
          runCheck(rt, familiesSeparate, op, {
            what,
            sessionFamily: family,
            calledFamily: called,
            status,
            listedIds,
            sessionId: s.id,
          }),
        );
      const got = await api.get(called, session.id);
      recorder.record(checkExchange(rt, got, { kind: 'notFound' }));
      observe('get', api.id(called, 'get'), got.response.status, session);
      const audit = await api.audit(called, session.id);
      recorder.record(checkExchange(rt, audit, { kind: 'notFound' }));
      observe('audit', api.id(called, 'audit'), audit.response.status, session);
      // Sorted by id with start exclusive: the session would be at the front after its id's prefix.
      const list = await api.list(called, [
        ['start', session.id.slice(0, -1)],
        ['top', '50'],
      ]);
      recorder.record(checkExchange(rt, list, { kind: 'positive' }));
      const ids = Array.isArray(list.response.json) ? list.response.json.map((i) => (i as { id?: unknown })?.id) : [];
      observe('list', api.id(called, 'list'), list.response.status, session, ids);
      if (rt.config.deviceSimulation) {
        const device = await api.device({ ...session, family: called });
        observe('device', api.id(called, 'device'), device.response.status, session);
      }
    });
  });
}
