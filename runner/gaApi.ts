import type { SessionFamily } from '../schemas';
import { GA_VERSIONS, contractFor, familyOperationIds } from '../schemas';
import type { Exchange, AuthKind, Part, WireRequest } from '../wire';
import type { Runtime } from './runtime';
import { FamilyCalls } from './familyCalls';
import { fillPath, jsonBody } from '../wire';
import { FAKE_JPEG } from '../generators';

/** The verify image every with-verify create sends (checks compare its SHA-256 with `verifyImageHash`). */
export const GA_VERIFY_IMAGE: Uint8Array = FAKE_JPEG;

/** The roles of a v1.2 family the session helpers address (v1.2 has no list and no audit). */
const GA_ROLES = ['create', 'get', 'delete', 'device'] as const;

/** A role of a v1.2 family's operation. */
export type GaRole = (typeof GA_ROLES)[number];

/**
 * The v1.2 operation ids per family, read from the contract table (CONTRACT.md §5). Prefer
 * `ga.ids(family)`, which reads the run's own version.
 */
export const GA_FAMILY_OPS = familyOperationIds(GA_VERSIONS[0], GA_ROLES);

/** A v1.2 session this run created: its id, token and the fields it was created with. */
export interface CreatedGaSession {
  family: SessionFamily;
  id: string;
  token: string;
  fields: Record<string, unknown>;
}

/**
 * The multipart parts of a v1.2 with-verify create: one text part per field (CONTRACT.md §5 "flat
 * fields"; a boolean or number as its JSON text), then the file part `verifyImage`.
 */
export function flatParts(fields: Record<string, unknown>, verifyImage: Uint8Array): Part[] {
  const parts: Part[] = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => ({ name, data: typeof v === 'string' ? v : JSON.stringify(v) }));
  parts.push({
    name: 'verifyImage',
    filename: 'verify.jpg',
    contentType: 'application/octet-stream',
    data: verifyImage,
  });
  return parts;
}

/** Calls of the v1.2 operations; creates and deletes keep the run's ledger (its cleanup is GA-aware). */
export class GaApi extends FamilyCalls<GaRole> {
  constructor(rt: Runtime) {
    super(rt, GA_ROLES);
  }

  /** Creates a session in the body the table names: JSON (liveness), or flat multipart fields with `verifyImage`. */
  async create(
    family: SessionFamily,
    fields: Record<string, unknown>,
    auth: AuthKind = 'key',
  ): Promise<{ exchange: Exchange; session?: CreatedGaSession }> {
    const op = this.op(family, 'create');
    let req: WireRequest = { operationId: op.id, method: 'POST', path: op.path, auth };
    if (op.body?.contentType === 'application/json') {
      req = { ...req, body: jsonBody(fields) };
    } else {
      req = { ...req, body: { kind: 'multipart', parts: flatParts(fields, GA_VERIFY_IMAGE) } };
    }
    const exchange = await this.rt.client.send(req);
    const json = exchange.response.json as { sessionId?: unknown; authToken?: unknown } | undefined;
    if (exchange.response.status >= 300 || typeof json?.sessionId !== 'string') return { exchange };
    this.rt.ledger.created(family, json.sessionId);
    const token = typeof json.authToken === 'string' ? json.authToken : '';
    return { exchange, session: { family, id: json.sessionId, token, fields } };
  }

  /** Get Session Result, with the key unless `auth` says otherwise. */
  get(family: SessionFamily, id: string, auth: AuthKind = 'key'): Promise<Exchange> {
    const op = this.op(family, 'get');
    return this.rt.client.send({ operationId: op.id, method: 'GET', path: fillPath(op, { sessionId: id }), auth });
  }

  /** Delete Session; a 2xx or 404 closes the ledger entry. */
  async delete(family: SessionFamily, id: string, auth: AuthKind = 'key'): Promise<Exchange> {
    const op = this.op(family, 'delete');
    const path = fillPath(op, { sessionId: id });
    const exchange = await this.rt.client.send({ operationId: op.id, method: 'DELETE', path, auth });
    if (exchange.response.status < 300 || exchange.response.status === 404) this.rt.ledger.deleted(family, id);
    return exchange;
  }

  /** Get Session Image (`/sessionImages/{id}`), with the key unless `auth` says otherwise. */
  sessionImage(id: string, auth: AuthKind = 'key'): Promise<Exchange> {
    const op = contractFor(this.rt.config.apiVersion).sessionImage;
    if (!op) throw new Error(`${this.rt.config.apiVersion} has no session image operation`);
    const path = fillPath(op, { sessionImageId: id });
    return this.rt.client.send({ operationId: op.id, method: 'GET', path, auth });
  }

  /**
   * The simulated v1.2 device call (our mock's protocol): the session token and a part `Content`;
   * `family` picks the path (the other family's, to try a token where it does not belong).
   */
  device(session: CreatedGaSession, auth: AuthKind = 'session-token', family = session.family): Promise<Exchange> {
    return this.deviceSending(session, 'liveness-frames', auth, family);
  }

  /** The simulated device call sending `content` as the part `Content` (a JPEG: the session image to keep). */
  deviceSending(
    session: CreatedGaSession,
    content: string | Uint8Array,
    auth: AuthKind = 'session-token',
    family = session.family,
  ): Promise<Exchange> {
    const op = this.op(family, 'device');
    const part: Part = {
      name: 'Content',
      filename: 'content.bin',
      contentType: 'application/octet-stream',
      data: content,
    };
    return this.rt.client.send({
      operationId: op.id,
      method: 'POST',
      path: op.path,
      body: { kind: 'multipart', parts: [part] },
      auth,
      sessionToken: session.token,
    });
  }
}
