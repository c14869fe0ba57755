import type { SessionFamily } from '../schemas';
import type { Exchange, AuthKind, Part, WireRequest } from '../wire';
import type { Runtime } from './runtime';
import { FamilyCalls } from './familyCalls';
import { fillPath, jsonBody } from '../wire';

/** The roles of a preview family the session helpers address. */
const PREVIEW_ROLES = ['create', 'list', 'get', 'delete', 'audit', 'device'] as const;

/** A role of a preview family's operation (`create`, `list`, `get`, `delete`, `audit`, `device`). */
export type PreviewRole = (typeof PREVIEW_ROLES)[number];

/** A session created by this run. */
export interface CreatedSession {
  family: SessionFamily;
  id: string;
  token: string;
  body: Record<string, unknown>;
  withVerifyImage: boolean;
}

/** High-level calls over the client: each returns its exchange; creates and deletes keep the ledger. */
export class Api extends FamilyCalls<PreviewRole> {
  constructor(rt: Runtime) {
    super(rt, PREVIEW_ROLES);
  }

  send(req: WireRequest): Promise<Exchange> {
    return this.rt.client.send(req);
  }

  /** Creates a session with a JSON body (or multipart with a verify image); records it in the ledger. */
  async create(
    family: SessionFamily,
    body: Record<string, unknown>,
    verifyImage?: Uint8Array,
  ): Promise<{ exchange: Exchange; session?: CreatedSession }> {
    const op = this.op(family, verifyImage ? 'createWithVerifyImage' : 'create');
    const opId = op.id;
    let req: WireRequest;
    if (verifyImage) {
      const parts: Part[] = [
        { name: 'Parameters', data: JSON.stringify(body), contentType: 'application/json' },
        { name: 'VerifyImage', filename: 'verify.jpg', contentType: 'application/octet-stream', data: verifyImage },
      ];
      req = { operationId: opId, method: 'POST', path: op.path, body: { kind: 'multipart', parts }, auth: 'key' };
    } else {
      req = { operationId: opId, method: 'POST', path: op.path, body: jsonBody(body), auth: 'key' };
    }
    return this.registerCreate(family, body, !!verifyImage, await this.send(req));
  }

  /** Records a create's answer in the ledger when it made a session; returns the session. */
  registerCreate(
    family: SessionFamily,
    body: Record<string, unknown>,
    withVerifyImage: boolean,
    exchange: Exchange,
  ): { exchange: Exchange; session?: CreatedSession } {
    const json = exchange.response.json as { sessionId?: unknown; authToken?: unknown } | undefined;
    if (exchange.response.status < 300 && typeof json?.sessionId === 'string') {
      this.rt.ledger.created(family, json.sessionId);
      const token = typeof json.authToken === 'string' ? json.authToken : '';
      return { exchange, session: { family, id: json.sessionId, token, body, withVerifyImage } };
    }
    return { exchange };
  }

  get(family: SessionFamily, id: string, auth: AuthKind = 'key', sessionToken?: string): Promise<Exchange> {
    const op = this.op(family, 'get');
    return this.send({ operationId: op.id, method: 'GET', path: fillPath(op, { sessionId: id }), auth, sessionToken });
  }

  list(family: SessionFamily, query: [string, string][] = []): Promise<Exchange> {
    const op = this.op(family, 'list');
    return this.send({ operationId: op.id, method: 'GET', path: op.path, query, auth: 'key' });
  }

  audit(family: SessionFamily, id: string, query: [string, string][] = []): Promise<Exchange> {
    const op = this.op(family, 'audit');
    return this.send({ operationId: op.id, method: 'GET', path: fillPath(op, { sessionId: id }), query, auth: 'key' });
  }

  /** Deletes a session; a `cleanup` delete is sent outside the request budget (and counted). */
  async delete(family: SessionFamily, id: string, cleanup = false): Promise<Exchange> {
    const op = this.op(family, 'delete');
    const req: WireRequest = {
      operationId: op.id,
      method: 'DELETE',
      path: fillPath(op, { sessionId: id }),
      auth: 'key',
    };
    const exchange = await (cleanup ? this.rt.client.sendReserved(req) : this.send(req));
    if (exchange.response.status < 300 || exchange.response.status === 404) this.rt.ledger.deleted(family, id);
    return exchange;
  }

  /** The simulated device call (CONTRACT.md §1), with the session token unless `auth` says otherwise. */
  device(
    session: CreatedSession,
    opts: {
      clientRequestId?: string;
      userAgent?: string;
      content?: Uint8Array;
      verifyImage?: Uint8Array;
      auth?: AuthKind;
    } = {},
  ): Promise<Exchange> {
    const op = this.op(session.family, 'device');
    const parts: Part[] = [
      {
        name: 'Content',
        filename: 'content.bin',
        contentType: 'application/octet-stream',
        data: opts.content ?? Buffer.from('liveness-frames'),
      },
    ];
    if (session.family === 'livenessWithVerify' && !session.withVerifyImage) {
      parts.push({
        name: 'VerifyImage',
        filename: 'verify.jpg',
        contentType: 'application/octet-stream',
        data: opts.verifyImage ?? Buffer.from('verify-image'),
      });
    }
    const headers: Record<string, string> = { 'User-Agent': opts.userAgent ?? 'liveness-conformance-device/1.0' };
    if (opts.clientRequestId) headers['client-request-id'] = opts.clientRequestId;
    return this.send({
      operationId: op.id,
      method: 'POST',
      path: op.path,
      body: { kind: 'multipart', parts },
      headers,
      auth: opts.auth ?? 'session-token',
      sessionToken: session.token,
    });
  }

  /**
   * Deletes the given sessions that the ledger still has open (cleanup deletes, outside the budget);
   * returns the ones that failed.
   */
  async cleanup(sessions: CreatedSession[]): Promise<string[]> {
    const failed: string[] = [];
    const open = new Set(this.rt.ledger.open().map((o) => `${o.family}\u0000${o.id}`));
    for (const s of sessions) {
      if (!open.has(`${s.family}\u0000${s.id}`)) continue;
      try {
        const ex = await this.delete(s.family, s.id, true);
        if (ex.response.status >= 300 && ex.response.status !== 404)
          failed.push(`${s.family}/${s.id}: ${ex.response.status}`);
      } catch (err) {
        failed.push(`${s.family}/${s.id}: ${(err as Error).message}`);
      }
    }
    return failed;
  }
}

export type { Family, SessionFamily } from '../schemas';
