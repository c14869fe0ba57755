/**
 * The model-based lifecycle of the v1.2 (GA) family (CONTRACT.md §5), as fast-check commands: create, read,
 * simulated device calls, the auth a session must refuse, delete. Each command gathers its step's outcomes
 * (`Outcomes`, passed on as they come) and fails (`CheckFailed`) when one of its own checks failed.
 */
import {
  deletedTokenRevoked,
  attemptsNumberedFromOne,
  createReturnsWholeSession,
  createdValuesPersisted,
  deletedSessionNotFound,
  statusFollowsAttempts,
} from '../../checks';
import { createDefinitionFor, operation, registry } from '../../schemas';
import { fillPath, jsonObject } from '../../wire';
import type { CreatedSession, SessionCalls, SessionFamily } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck, unmetReason } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { Outcomes, skipped } from '../outcome';
import type { PlannedCommand } from './commands';
import { CheckFailed } from './commands';
import { ATTEMPT_CALL_REQUESTS, observeGaDeviceCall } from './attemptDevice';
import { deviceContent } from './device';
import { checkKeptValues } from './readBack';

/** A session of the model: what the suite created and how many attempts its device calls made. */
export interface GaTracked {
  session: CreatedSession;
  attempts: number;
  /** The attempts the model makes on it at most (`attemptsAllowed`). */
  allowed: number;
  /** The session images its attempts named and the model read (200), newest last. */
  imageIds?: string[];
}

/** What the suite believes about the v1.2 sessions of one model run. */
export interface GaModel {
  live: GaTracked[];
  gone: GaTracked[];
}

/** The real side of a v1.2 model run. */
export interface GaReal {
  api: SessionCalls;
  rt: Runtime;
  outcomes: OutcomeSink;
  family: SessionFamily;
}

/** Attempts the model makes per session at most: v1.2 leaves a 4th open (reference README item 14). */
export const GA_MAX_ATTEMPTS = 3;

/**
 * The attempts a session allows, as the model counts them: the `numberOfClientAttemptsAllowed` it was created
 * with, 1 when its version's create takes that field but it was not sent (v1.3-preview.1's default), else
 * GA_MAX_ATTEMPTS (v1.2 names no limit).
 */
export function attemptsAllowed(r: GaReal, fields: Record<string, unknown>): number {
  const sent = fields.numberOfClientAttemptsAllowed;
  if (typeof sent === 'number' && sent >= 1) return Math.min(sent, GA_MAX_ATTEMPTS);
  const version = r.rt.config.apiVersion;
  const schema = registry().schema(version, createDefinitionFor(version, r.family));
  const properties = (schema?.properties ?? {}) as Record<string, unknown>;
  return 'numberOfClientAttemptsAllowed' in properties ? 1 : GA_MAX_ATTEMPTS;
}

/** Fails the command when one of the checks of its step failed. */
function must(step: Outcomes, what: string): void {
  if (step.failed) throw new CheckFailed(what);
}

const pick = (m: GaModel, i: number): GaTracked => m.live[i % m.live.length];

/** Create a session with generated fields: the answer is the whole new session, and it reads back as created. */
export class GaCreateCommand implements PlannedCommand<GaModel, GaReal> {
  constructor(readonly fields: Record<string, unknown>) {}
  /** The create and its read back. */
  requests(): number {
    return 2;
  }
  check = (m: Readonly<GaModel>): boolean => m.live.length < 3;
  async run(m: GaModel, r: GaReal): Promise<void> {
    const step = new Outcomes(r.outcomes);
    const { exchange, session } = await r.api.create(r.family, this.fields);
    step.record(checkExchange(r.rt, exchange, { kind: 'positive' }));
    const created = jsonObject(exchange.response.json);
    const answer = { status: exchange.response.status, session: created };
    step.record(runCheck(r.rt, createReturnsWholeSession, r.api.id(r.family, 'create'), answer, exchange));
    if (!session || !created) throw new CheckFailed('create returned no session');
    m.live.push({ session, attempts: 0, allowed: attemptsAllowed(r, this.fields) });
    const got = await r.api.get(r.family, session.id);
    step.record(checkExchange(r.rt, got, { kind: 'positive' }));
    const readBack = {
      status: got.response.status,
      session: jsonObject(got.response.json),
      created,
      fields: this.fields,
    };
    step.record(runCheck(r.rt, createdValuesPersisted, r.api.id(r.family, 'get'), readBack, got));
    step.record(checkKeptValues(r.rt, r.api.id(r.family, 'create'), session, exchange));
    step.record(checkKeptValues(r.rt, r.api.id(r.family, 'get'), session, got));
    must(step, 'create');
  }
  toString = (): string => `create(${JSON.stringify(this.fields)})`;
}

/** Read a live session: its attempts are the ones the model made, numbered 1..n, and its status follows them. */
export class GaGetCommand implements PlannedCommand<GaModel, GaReal> {
  constructor(readonly index: number) {}
  requests(): number {
    return 1;
  }
  check = (m: Readonly<GaModel>): boolean => m.live.length > 0;
  async run(m: GaModel, r: GaReal): Promise<void> {
    const t = pick(m, this.index);
    const op = r.api.id(r.family, 'get');
    const step = new Outcomes(r.outcomes);
    const got = await r.api.get(r.family, t.session.id);
    step.record(checkExchange(r.rt, got, { kind: 'positive' }));
    const session = jsonObject(got.response.json);
    step.record(checkKeptValues(r.rt, op, t.session, got));
    if (t.attempts > 0) {
      const numbered = { status: got.response.status, session, calls: t.attempts };
      step.record(runCheck(r.rt, attemptsNumberedFromOne, op, numbered, got));
      step.record(runCheck(r.rt, statusFollowsAttempts, op, { session }, got));
    }
    must(step, 'get');
  }
  toString = (): string => `get(#${this.index})`;
}

/** The attempts the model's sessions hold, live and deleted: the device calls of the run accepted so far. */
const attemptsMade = (m: Readonly<GaModel>): number => [...m.live, ...m.gone].reduce((n, t) => n + t.attempts, 0);

/**
 * A simulated device call on a live session (at most the attempts it allows). The calls of a run show a live
 * face, a spoof and an uncertain capture in turn (`deviceContent`), so the sessions' attempts carry results of
 * every decision (the canonical sequence's three calls one each) and each is read and checked.
 */
export class GaDeviceCommand implements PlannedCommand<GaModel, GaReal> {
  constructor(readonly index: number) {}
  requests(deviceSimulation: boolean): number {
    return deviceSimulation ? ATTEMPT_CALL_REQUESTS : 0;
  }
  check = (m: Readonly<GaModel>): boolean => m.live.some((t) => t.attempts < t.allowed);
  async run(m: GaModel, r: GaReal): Promise<void> {
    const open = m.live.filter((t) => t.attempts < t.allowed);
    const t = open[this.index % open.length];
    const step = new Outcomes(r.outcomes);
    const call = await observeGaDeviceCall(r.api, r.rt, step, t.session, deviceContent(attemptsMade(m)));
    if (call.accepted) t.attempts++;
    if (call.imageId) t.imageIds = [...(t.imageIds ?? []), call.imageId];
    must(step, 'device call');
  }
  toString = (): string => `device(#${this.index})`;
}

/** The credentials a session must refuse: its token on a management call, the resource key on its device path. */
export class GaWrongAuthCommand implements PlannedCommand<GaModel, GaReal> {
  constructor(readonly index: number) {}
  /** Its token on a get; with device simulation, the key on its device path. */
  requests(deviceSimulation: boolean): number {
    return 1 + (deviceSimulation ? 1 : 0);
  }
  check = (m: Readonly<GaModel>): boolean => m.live.length > 0;
  async run(m: GaModel, r: GaReal): Promise<void> {
    const step = new Outcomes(r.outcomes);
    const { session } = pick(m, this.index);
    const op = r.api.id(r.family, 'get');
    const tokenOnGet = await r.rt.client.send({
      operationId: op,
      method: 'GET',
      path: fillPath(operation(op), { sessionId: session.id }),
      auth: 'session-token',
      sessionToken: session.token,
    });
    const variant = 'session-token-on-management' as const;
    step.record(checkExchange(r.rt, tokenOnGet, { kind: 'unauthorized', variant }));
    // The resource key on the device path needs a target that simulates device calls.
    if (r.rt.config.deviceSimulation) {
      const keyOnDevice = await r.api.device({ ...session, token: '' }, { auth: 'key-on-device' });
      step.record(checkExchange(r.rt, keyOnDevice, { kind: 'unauthorized', variant: 'key-on-device' }));
    }
    must(step, 'wrong auth');
  }
  toString = (): string => `wrongAuth(#${this.index})`;
}

/** Delete a live session: 204 (or 200), then 404, and its token no longer works on the device path. */
export class GaDeleteCommand implements PlannedCommand<GaModel, GaReal> {
  constructor(readonly index: number) {}
  /** The delete, the read after it, and (with device simulation) its token tried on the device path. */
  requests(deviceSimulation: boolean): number {
    return 2 + (deviceSimulation ? 1 : 0);
  }
  check = (m: Readonly<GaModel>): boolean => m.live.length > 0;
  async run(m: GaModel, r: GaReal): Promise<void> {
    const t = pick(m, this.index);
    const step = new Outcomes(r.outcomes);
    const deleted = await r.api.delete(r.family, t.session.id);
    step.record(checkExchange(r.rt, deleted, { kind: 'positive' }));
    m.live = m.live.filter((x) => x !== t);
    m.gone.push(t);
    const after = await r.api.get(r.family, t.session.id);
    step.record(checkExchange(r.rt, after, { kind: 'notFound' }));
    const statuses = {
      deleteStatus: deleted.response.status,
      getStatus: after.response.status,
      deleteOperation: r.api.id(r.family, 'delete'),
    };
    step.record(runCheck(r.rt, deletedSessionNotFound, r.api.id(r.family, 'delete'), statuses, after));
    const unmet = unmetReason(r.rt, deletedTokenRevoked);
    if (unmet) step.record(skipped([deletedTokenRevoked], r.api.id(r.family, 'device'), unmet));
    else {
      const device = await r.api.device(t.session);
      step.record(
        runCheck(r.rt, deletedTokenRevoked, r.api.id(r.family, 'device'), { status: device.response.status }, device),
      );
    }
    must(step, 'delete');
  }
  toString = (): string => `delete(#${this.index})`;
}
