import type { OperationSpec, Role, SessionFamily } from '../schemas';
import { contractFor, familyOperation, hasCapability } from '../schemas';
import { FAKE_JPEG } from '../generators';
import type { AuthKind, Exchange, WireRequest } from '../wire';
import type { CallInput } from './operationRequest';
import { operationRequest } from './operationRequest';
import type { Runtime } from './runtime';

export type { Family, SessionFamily } from '../schemas';

/** The verify image a create sends when it takes one and none is given (checks compare its SHA-256 with `verifyImageHash`). */
export const CREATE_VERIFY_IMAGE: Uint8Array = FAKE_JPEG;

/** A session this run created: its id, token, the fields it was created with, whether a verify image went with them. */
export interface CreatedSession {
  family: SessionFamily;
  id: string;
  token: string;
  fields: Record<string, unknown>;
  withVerifyImage: boolean;
}

/** What a simulated device call sends besides the session's token (each has a default). */
export interface DeviceOptions {
  /** The part `Content` (the frames; a JPEG when the session image is to be kept). */
  content?: Uint8Array | string;
  /** The part `VerifyImage`, where the device call takes one and the session was created without. */
  verifyImage?: Uint8Array;
  clientRequestId?: string;
  userAgent?: string;
  auth?: AuthKind;
  /** The family whose device path is called (another family's: to try a token where it does not belong). */
  family?: SessionFamily;
}

/**
 * The session calls of the run's version, each built from its operation in the contract table (method,
 * path, body form), so no call names an id, a path or a version. Creates and deletes keep the run's
 * ledger: every session a create made is recorded, and a delete answered 2xx or 404 closes it.
 */
export class SessionCalls {
  constructor(readonly rt: Runtime) {}

  /** The run's version's operation of a role for a family; throws when the version has none. */
  op(family: SessionFamily, role: Role): OperationSpec {
    return familyOperation(this.rt.config.apiVersion, family, role);
  }

  /** The id of that operation: "the get of this family". */
  id(family: SessionFamily, role: Role): string {
    return this.op(family, role).id;
  }

  /** Sends a request as it is (the client counts it against the budget). */
  send(req: WireRequest): Promise<Exchange> {
    return this.rt.client.send(req);
  }

  /** One call of an operation, its request built from the table's entry. */
  call(op: OperationSpec, input: CallInput): Promise<Exchange> {
    return this.send(operationRequest(op, input));
  }

  /**
   * Creates a session in the body form the table states: JSON, the fields as a JSON part with a verify
   * image (the previews' second create, when `verifyImage` is given), or flat fields with a verify image.
   */
  async create(
    family: SessionFamily,
    fields: Record<string, unknown>,
    opts: { verifyImage?: Uint8Array; auth?: AuthKind } = {},
  ): Promise<{ exchange: Exchange; session?: CreatedSession }> {
    const second = opts.verifyImage
      ? contractFor(this.rt.config.apiVersion).families[family].createWithVerifyImage
      : undefined;
    const op = second ?? this.op(family, 'create');
    const files = (op.body?.parts ?? []).filter((p) => p.file).map((p) => p.name);
    if (opts.verifyImage && files.length === 0)
      throw new Error(`${this.rt.config.apiVersion}'s ${family} create takes no verify image`);
    const image = opts.verifyImage ?? CREATE_VERIFY_IMAGE;
    const input = { auth: opts.auth ?? 'key', fields, files: Object.fromEntries(files.map((n) => [n, image])) };
    return this.recordCreate(family, fields, files.length > 0, await this.call(op, input));
  }

  /** Records a create's answer in the ledger when it made a session; returns the session. */
  recordCreate(
    family: SessionFamily,
    fields: Record<string, unknown>,
    withVerifyImage: boolean,
    exchange: Exchange,
  ): { exchange: Exchange; session?: CreatedSession } {
    const json = exchange.response.json as { sessionId?: unknown; authToken?: unknown } | undefined;
    if (exchange.response.status >= 300 || typeof json?.sessionId !== 'string') return { exchange };
    this.rt.ledger.created(family, json.sessionId);
    const token = typeof json.authToken === 'string' ? json.authToken : '';
    return { exchange, session: { family, id: json.sessionId, token, fields, withVerifyImage } };
  }

  /** Get Session (Result), with the key unless `auth` says otherwise. */
  get(family: SessionFamily, id: string, auth: AuthKind = 'key', sessionToken?: string): Promise<Exchange> {
    return this.call(this.op(family, 'get'), { params: { sessionId: id }, auth, sessionToken });
  }

  /** A page of the family's sessions (a version with lists). */
  list(family: SessionFamily, query: [string, string][] = []): Promise<Exchange> {
    return this.call(this.op(family, 'list'), { query, auth: 'key' });
  }

  /** A page of a session's audit entries (a version with an audit trail). */
  audit(family: SessionFamily, id: string, query: [string, string][] = []): Promise<Exchange> {
    return this.call(this.op(family, 'audit'), { params: { sessionId: id }, query, auth: 'key' });
  }

  /** Deletes a session; a 2xx or 404 closes its ledger entry. A `cleanup` delete is sent outside the budget (and counted). */
  async delete(
    family: SessionFamily,
    id: string,
    opts: { auth?: AuthKind; cleanup?: boolean } = {},
  ): Promise<Exchange> {
    const req = operationRequest(this.op(family, 'delete'), { params: { sessionId: id }, auth: opts.auth ?? 'key' });
    const exchange = await (opts.cleanup ? this.rt.client.sendReserved(req) : this.send(req));
    if (exchange.response.status < 300 || exchange.response.status === 404) this.rt.ledger.deleted(family, id);
    return exchange;
  }

  /**
   * The simulated device call (CONTRACT.md §1; our mock's protocol), with the session token unless `auth`
   * says otherwise. Where the audit trail records the device's user agent, the call names one.
   */
  device(session: CreatedSession, opts: DeviceOptions = {}): Promise<Exchange> {
    const op = this.op(opts.family ?? session.family, 'device');
    const files: Record<string, Uint8Array | string> = { Content: opts.content ?? Buffer.from('liveness-frames') };
    if (!session.withVerifyImage) files.VerifyImage = opts.verifyImage ?? Buffer.from('verify-image');
    const headers: Record<string, string> = {};
    const userAgent =
      opts.userAgent ??
      (hasCapability(this.rt.config.apiVersion, 'auditTrail') ? 'liveness-conformance-device/1.0' : undefined);
    if (userAgent) headers['User-Agent'] = userAgent;
    if (opts.clientRequestId) headers['client-request-id'] = opts.clientRequestId;
    return this.call(op, {
      auth: opts.auth ?? 'session-token',
      sessionToken: session.token,
      files,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    });
  }

  /** Get Session Image, with the key unless `auth` says otherwise (a version with session images). */
  sessionImage(id: string, auth: AuthKind = 'key'): Promise<Exchange> {
    const op = contractFor(this.rt.config.apiVersion).sessionImage;
    if (!op) throw new Error(`${this.rt.config.apiVersion} has no session image operation`);
    return this.call(op, { params: { sessionImageId: id }, auth });
  }

  /** The run's version's settings operation of a role (getSettings, patchSettings, clientAssetsToken). */
  settingsOp(role: Role): OperationSpec {
    const op = contractFor(this.rt.config.apiVersion).settings[role];
    if (!op) throw new Error(`${this.rt.config.apiVersion} has no ${role} operation`);
    return op;
  }

  /** Calls a settings operation with the key unless `auth` says otherwise; `body` is a PATCH's JSON. */
  settings(role: Role, opts: { body?: unknown; auth?: AuthKind } = {}): Promise<Exchange> {
    return this.call(this.settingsOp(role), { fields: opts.body, auth: opts.auth ?? 'key' });
  }
}
