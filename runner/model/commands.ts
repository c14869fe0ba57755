import type { AsyncCommand } from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  deletedSessionNotFound,
  deletedTokenRevoked,
  createdValuesPersisted,
  newSessionNotStarted,
  resultOnlyWhenAvailable,
} from '../../checks';
import type { Api, CreatedSession, SessionFamily } from '../api';
import { FAMILY_OPS } from '../api';
import type { Recorder } from '../recorder';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { observeDeviceCall } from './device';
import { pageThrough } from './observe';

/** What the suite believes about the sessions of one model run. */
export interface Model {
  live: CreatedSession[];
  gone: CreatedSession[];
}

/** The real side of a model run: the API, the recorder, and the test's list of sessions to clean up. */
export interface Real {
  api: Api;
  rt: Runtime;
  rec: Recorder;
  created: CreatedSession[];
  family: SessionFamily;
}

/** Thrown inside a command when a check failed, so fast-check shrinks the sequence. */
export class CheckFailed extends Error {}

function must(ok: boolean, what: string): void {
  if (!ok) throw new CheckFailed(what);
}

const pick = (m: Model, i: number): CreatedSession => m.live[i % m.live.length];

/** Create a session with a generated body; read it back at once. */
export class CreateCommand implements AsyncCommand<Model, Real> {
  constructor(readonly body: Record<string, unknown>) {}
  check = (m: Readonly<Model>): boolean => m.live.length < 3;
  async run(m: Model, r: Real): Promise<void> {
    const { exchange, session } = await r.api.create(r.family, this.body);
    const created = checkExchange(r.rec, r.rt, exchange, { kind: 'positive' });
    if (!session) throw new CheckFailed('create returned no session');
    r.created.push(session);
    m.live.push(session);
    const get = await r.api.get(r.family, session.id);
    let ok = checkExchange(r.rec, r.rt, get, { kind: 'positive' }) && created;
    const op = FAMILY_OPS[r.family].get;
    const readBack = {
      id: session.id,
      body: this.body,
      status: get.response.status,
      session: get.response.json as Record<string, unknown> | undefined,
    };
    ok = r.rec.run(createdValuesPersisted, op, readBack, get) && ok;
    ok = r.rec.run(newSessionNotStarted, op, readBack, get) && ok;
    must(ok, 'create');
  }
  toString = (): string => `create(${JSON.stringify(this.body)})`;
}

/** Read a live session. */
export class GetCommand implements AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>): boolean => m.live.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const s = pick(m, this.index);
    const get = await r.api.get(r.family, s.id);
    const ok = checkExchange(r.rec, r.rt, get, { kind: 'positive' });
    const session = get.response.json as Record<string, unknown> | undefined;
    must(r.rec.run(resultOnlyWhenAvailable, FAMILY_OPS[r.family].get, { session }, get) && ok, 'get');
  }
  toString = (): string => `get(#${this.index})`;
}

/** Page through the family's list: sorted, start exclusive, top honoured, each live session once, none deleted. */
export class ListCommand implements AsyncCommand<Model, Real> {
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const failedBefore = r.rec.failedEvaluations;
    await pageThrough(
      r.api,
      r.rt,
      r.rec,
      r.family,
      m.live.map((s) => s.id),
      m.gone.map((s) => s.id),
    );
    must(r.rec.failedEvaluations === failedBefore, 'list');
  }
  toString = (): string => 'listAll()';
}

/** Delete a live session: 200, then 404, and its token is revoked. */
export class DeleteCommand implements AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>): boolean => m.live.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const s = pick(m, this.index);
    const del = await r.api.delete(r.family, s.id);
    let ok = checkExchange(r.rec, r.rt, del, { kind: 'positive' });
    m.live = m.live.filter((x) => x !== s);
    m.gone.push(s);
    const get = await r.api.get(r.family, s.id);
    ok = checkExchange(r.rec, r.rt, get, { kind: 'notFound' }) && ok;
    const op = FAMILY_OPS[r.family].delete;
    ok =
      r.rec.run(
        deletedSessionNotFound,
        op,
        { deleteStatus: del.response.status, getStatus: get.response.status },
        get,
      ) && ok;
    const unmet = r.rec.unmet(deletedTokenRevoked);
    if (unmet) r.rec.skip(deletedTokenRevoked, FAMILY_OPS[r.family].device, unmet);
    else {
      const device = await r.api.device(s, { clientRequestId: randomUUID() });
      ok =
        r.rec.run(deletedTokenRevoked, FAMILY_OPS[r.family].device, { status: device.response.status }, device) && ok;
    }
    must(ok, 'delete');
  }
  toString = (): string => `delete(#${this.index})`;
}

/** A simulated device call on a live session, checked against the audit trail and the session. */
export class DeviceCommand implements AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>): boolean => m.live.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    must(await observeDeviceCall(r.api, r.rt, r.rec, pick(m, this.index)), 'device call');
  }
  toString = (): string => `device(#${this.index})`;
}
