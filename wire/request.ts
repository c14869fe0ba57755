import { randomBytes } from 'node:crypto';

/** How a request authenticates: the client fills in the real credential, which never leaves it unredacted. */
export type AuthKind = 'none' | 'wrong-key' | 'key' | 'aad' | 'session-token' | 'key-on-device';

/** One part of a multipart/form-data body; file parts carry a filename. */
export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Uint8Array | string;
}

/**
 * A request body before it is serialized: JSON (the text as it will be sent, and the value it came from;
 * a malformed-JSON case has text but no value), or multipart parts (the client adds the boundary).
 */
export type RequestBody = { kind: 'json'; text: string; value: unknown } | { kind: 'multipart'; parts: Part[] };

/**
 * A request as the generators and the session helpers make it and the client sends it, before credentials
 * are added and the body is serialized (`serializeBody`).
 */
export interface WireRequest {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  /** Path after `/face/{apiVersion}`, already encoded (`fillPath`). */
  path: string;
  /** Query parameters as raw (unencoded) name/value pairs, in order; a name may repeat. */
  query?: [string, string][];
  /** Headers other than credentials; a Content-Type here is kept (a negative case may set a wrong one). */
  headers?: Record<string, string>;
  body?: RequestBody;
  auth: AuthKind;
  /** The session token, for `session-token` auth. */
  sessionToken?: string;
}

/**
 * A request as it went on the wire (or as a recording says it did): the body's bytes, the full URL and
 * every header sent, credentials included (redact before writing).
 */
export interface SentRequest extends Omit<WireRequest, 'body'> {
  body?: Buffer;
  url: string;
  sentHeaders: Record<string, string>;
}

/** A JSON body: the value's text as it will be sent. */
export function jsonBody(value: unknown): RequestBody {
  return { kind: 'json', text: JSON.stringify(value), value };
}

/**
 * Fills an operation's `{name}` path parameters, each percent-encoded as one segment; throws naming a
 * parameter the caller did not supply (a missing id is a bug, never an empty segment).
 */
export function fillPath(op: { id: string; path: string }, params: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(
        `${op.id} needs pathParams.${name}: pass an id that exists at run time, e.g. { pathParams: { ${name}: created.sessionId } }`,
      );
    }
    return encodeURIComponent(value);
  });
}

/** The query string of a request (`?a=1&b=2`, or empty), repeats kept in order. */
export function queryString(query: [string, string][] | undefined): string {
  if (!query || query.length === 0) return '';
  return `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Serializes multipart/form-data parts; returns the body and its Content-Type (with boundary). */
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----liveness${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A request's body as bytes, and its headers with the Content-Type the body needs: `application/json`
 * for JSON unless one is given; for multipart the real boundary, unless a deliberately non-multipart
 * Content-Type is given (a negative case), which is kept.
 */
export function serializeBody(
  body: RequestBody | undefined,
  headers: Record<string, string> = {},
): { body?: Buffer; headers: Record<string, string> } {
  const out = { ...headers };
  const given = Object.keys(out).find((h) => h.toLowerCase() === 'content-type');
  if (!body) return { headers: out };
  if (body.kind === 'json') {
    if (!given) out['Content-Type'] = 'application/json';
    return { body: Buffer.from(body.text), headers: out };
  }
  const mp = multipart(body.parts);
  if (!given || out[given].startsWith('multipart/form-data')) {
    if (given) delete out[given];
    out['Content-Type'] = mp.contentType;
  }
  return { body: mp.body, headers: out };
}
