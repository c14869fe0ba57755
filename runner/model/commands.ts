import type { AsyncCommand } from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  deletedSessionNotFound,
  deletedTokenRevoked,
  createdValuesPersisted,
  newSessionNotStarted,
  resultOnlyWhenAvailable,
  sessionExpiredMatchesTtl,
} from '../../checks';
import type { CreatedSession, SessionCalls, SessionFamily } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck, unmetReason } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { Outcomes, skipped } from '../outcome';
import { DEVICE_CALL_REQUESTS, TRAIL_PAGING_REQUESTS, observeDeviceCall } from './device';
import { PAGE_THROUGH_REQUESTS, pageThrough } from './observe';
import { checkCreatedDate, rememberCreatedDate } from './times';
import { checkKeptValues } from './readBack';

/** What the suite believes about the sessions of one model run. */
export interface Model {
  live: CreatedSession[];
  gone: CreatedSession[];
}

/**
 * The real side of a model run: the API, where the run's outcomes go, and the test's list of sessions to
 * clean up. Each command gathers its own outcomes (`Outcomes`, passed on to `outcomes` as they come) and
 * fails (CheckFailed) when one of its own checks failed.
 */
export interface Real {
  api: SessionCalls;
  rt: Runtime;
  outcomes: OutcomeSink;
  created: CreatedSession[];
  family: SessionFamily;
}

/**
 * A model command that states the requests it sends, so a fixed sequence of them (the canonical lifecycle,
 * runner/model/canonical.ts) is reserved in the run's plan from the commands themselves (runner/plan.ts).
 */
export interface PlannedCommand<M extends object, R> extends AsyncCommand<M, R> {
  /** Requests its run sends at most (a list read: on a list that holds still), with or without device simulation. */
  requests(deviceSimulation: boolean): number;
}

/** Requests a fixed sequence of commands sends at most: what the plan reserves for it. */
export function sequenceRequests<M extends object, R>(
  commands: readonly PlannedCommand<M, R>[],
  deviceSimulation: boolean,
): number {
  return commands.reduce((n, c) => n + c.requests(deviceSimulation), 0);
}

/** Thrown inside a command when a check failed, so fast-check shrinks the sequence. */
export class CheckFailed extends Error {}

/** Fails the command when one of the checks of its step failed. */
function must(step: Outcomes, what: string): void {
  if (step.failed) throw new CheckFailed(what);
}

/** A command on one of the live sessions (`index` picks it, modulo their number); it runs only when one is. */
abstract class OnLiveSession implements PlannedCommand<Model, Real> {
  constructor(readonly index: number) {}
  abstract requests(deviceSimulation: boolean): number;
  check = (m: Readonly<Model>): boolean => m.live.length > 0;
  /** The live session this command addresses. */
  protected session(m: Model): CreatedSession {
    return m.live[this.index % m.live.length];
  }
  abstract run(m: Model, r: Real): Promise<void>;
}

/**
 * Create a session with a generated body (JSON, or with a verify image: multipart, the body as the part
 * `Parameters`); read it back at once.
 */
export class CreateCommand implements PlannedCommand<Model, Real> {
  constructor(
    readonly body: Record<string, unknown>,
    readonly verifyImage?: Uint8Array,
  ) {}
  /** The create and its read back. */
  requests(): number {
    return 2;
  }
  check = (m: Readonly<Model>): boolean => m.live.length < 3;
  async run(m: Model, r: Real): Promise<void> {
    const step = new Outcomes(r.outcomes);
    const { exchange, session } = await r.api.create(r.family, this.body, { verifyImage: this.verifyImage });
    step.record(checkExchange(r.rt, exchange, { kind: 'positive' }));
    if (!session) throw new CheckFailed('create returned no session');
    r.created.push(session);
    m.live.push(session);
    const get = await r.api.get(r.family, session.id);
    step.record(checkExchange(r.rt, get, { kind: 'positive' }));
    const op = r.api.id(r.family, 'get');
    const readBack = {
      id: session.id,
      body: this.body,
      status: get.response.status,
      session: get.response.json as Record<string, unknown> | undefined,
    };
    const values = {
      fields: this.body,
      created: { sessionId: session.id },
      status: readBack.status,
      session: readBack.session,
    };
    step.record(runCheck(r.rt, createdValuesPersisted, op, values, get));
    step.record(runCheck(r.rt, newSessionNotStarted, op, readBack, get));
    step.record(rememberCreatedDate(r.rt, op, session, exchange, get));
    step.record(checkKeptValues(r.rt, op, session, get));
    const expired = { expired: false, status: get.response.status, sessionExpired: readBack.session?.sessionExpired };
    step.record(runCheck(r.rt, sessionExpiredMatchesTtl, op, expired, get));
    must(step, 'create');
  }
  toString = (): string => `create(${JSON.stringify(this.body)}${this.verifyImage ? ', with a verify image' : ''})`;
}

/** Read a live session. */
export class GetCommand extends OnLiveSession {
  override requests(): number {
    return 1;
  }
  override async run(m: Model, r: Real): Promise<void> {
    const step = new Outcomes(r.outcomes);
    const s = this.session(m);
    const get = await r.api.get(r.family, s.id);
    step.record(checkExchange(r.rt, get, { kind: 'positive' }));
    const session = get.response.json as Record<string, unknown> | undefined;
    step.record(checkCreatedDate(r.rt, r.api.id(r.family, 'get'), s, get));
    step.record(checkKeptValues(r.rt, r.api.id(r.family, 'get'), s, get));
    step.record(runCheck(r.rt, resultOnlyWhenAvailable, r.api.id(r.family, 'get'), { session }, get));
    must(step, 'get');
  }
  override toString = (): string => `get(#${this.index})`;
}

/** Page through the family's list: sorted, start exclusive, top honoured, each live session once, none deleted. */
export class ListCommand implements PlannedCommand<Model, Real> {
  check = (): boolean => true;
  requests(): number {
    return PAGE_THROUGH_REQUESTS;
  }
  async run(m: Model, r: Real): Promise<void> {
    const step = new Outcomes(r.outcomes);
    await pageThrough(
      r.api,
      r.rt,
      step,
      r.family,
      m.live.map((s) => s.id),
      m.gone.map((s) => s.id),
    );
    must(step, 'list');
  }
  toString = (): string => 'listAll()';
}

/** Delete a live session: 200, then 404, and its token is revoked. */
export class DeleteCommand extends OnLiveSession {
  /** The delete, the read after it, and (with device simulation) its token tried on the device path. */
  override requests(deviceSimulation: boolean): number {
    return 2 + (deviceSimulation ? 1 : 0);
  }
  override async run(m: Model, r: Real): Promise<void> {
    const step = new Outcomes(r.outcomes);
    const s = this.session(m);
    const del = await r.api.delete(r.family, s.id);
    step.record(checkExchange(r.rt, del, { kind: 'positive' }));
    m.live = m.live.filter((x) => x !== s);
    m.gone.push(s);
    const get = await r.api.get(r.family, s.id);
    step.record(checkExchange(r.rt, get, { kind: 'notFound' }));
    const deleteOperation = r.api.id(r.family, 'delete');
    const statuses = { deleteStatus: del.response.status, getStatus: get.response.status, deleteOperation };
    step.record(runCheck(r.rt, deletedSessionNotFound, deleteOperation, statuses, get));
    const deviceOp = r.api.id(r.family, 'device');
    const unmet = unmetReason(r.rt, deletedTokenRevoked);
    if (unmet) step.record(skipped([deletedTokenRevoked], deviceOp, unmet));
    else {
      const device = await r.api.device(s, { clientRequestId: randomUUID() });
      step.record(runCheck(r.rt, deletedTokenRevoked, deviceOp, { status: device.response.status }, device));
    }
    must(step, 'delete');
  }
  override toString = (): string => `delete(#${this.index})`;
}

/**
 * A simulated device call on a live session, checked against the audit trail and the session; then the
 * trail is paged, unless `pageTrail` is false (a fixed sequence pages it once, where it holds the most entries).
 */
export class DeviceCommand extends OnLiveSession {
  constructor(
    index: number,
    readonly pageTrail = true,
  ) {
    super(index);
  }
  override requests(deviceSimulation: boolean): number {
    return deviceSimulation ? DEVICE_CALL_REQUESTS + (this.pageTrail ? TRAIL_PAGING_REQUESTS : 0) : 0;
  }
  override async run(m: Model, r: Real): Promise<void> {
    const step = new Outcomes(r.outcomes);
    await observeDeviceCall(r.api, r.rt, step, this.session(m), this.pageTrail);
    must(step, 'device call');
  }
  override toString = (): string => `device(#${this.index})`;
}
