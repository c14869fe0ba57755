/**
 * One HTTP exchange on Node's own http/https, with the bounds a hostile target cannot push past: a whole-request
 * timeout, a cap on the body's bytes as they arrive and again after decompression (gzip, deflate, br, decoded
 * here as a stream, so a small bomb never inflates in memory), and no redirect ever followed (a 3xx is the
 * answer: the credential never reaches another origin). Playwright's request context buffered whole bodies.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** An answer as it came: status, lower-cased headers (repeated ones joined), the decoded body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What one request may take. */
export interface HttpBounds {
  /** The whole exchange, from connect to the body's last byte. */
  timeoutMs: number;
  /** Most bytes of a body, on the wire and after decompression. */
  maxBytes: number;
}

/** The answer's body was larger than the cap (on the wire or decompressed); reading stopped there. */
export class ResponseTooLarge extends Error {
  override name = 'ResponseTooLarge';
  constructor(
    readonly limit: number,
    readonly stage: 'on the wire' | 'decompressed',
    readonly status: number,
  ) {
    super(`the answer's body exceeded ${limit} bytes ${stage}`);
  }
}

/** No whole answer within the time given. */
export class ExchangeTimeout extends Error {
  override name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no whole answer within ${timeoutMs} ms`);
  }
}

/** A kept-alive connection was closed by the server just as it was reused; a fresh one may be tried once. */
export class StaleConnection extends Error {
  override name = 'StaleConnection';
}

/** The target answered, but not in valid HTTP (parse error, header overflow, a body that does not decode). */
export class InvalidAnswer extends Error {
  override name = 'InvalidAnswer';
}

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Keep-alive agents, one per client, so a worker reuses its connections. */
export function agents(maxSockets: number): { http: HttpAgent; https: HttpsAgent } {
  return {
    http: new HttpAgent({ keepAlive: true, maxSockets }),
    https: new HttpsAgent({ keepAlive: true, maxSockets }),
  };
}

function headersOf(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Sends one request and reads its answer within the bounds; rejects with the errors above or a network error. */
export function sendHttp(
  url: string,
  req: { method: string; headers: Record<string, string>; body?: Buffer },
  bounds: HttpBounds,
  pool: { http: HttpAgent; https: HttpsAgent },
): Promise<RawResponse> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const headers: Record<string, string> = { accept: '*/*', 'accept-encoding': 'gzip, deflate, br', ...req.headers };
  if (req.body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length'))
    headers['content-length'] = String(req.body.length);
  return new Promise<RawResponse>((resolve, reject) => {
    let done = false;
    const finish = (err: Error | undefined, res?: RawResponse): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        outgoing.destroy();
        reject(err);
      } else resolve(res!);
    };
    const timer = setTimeout(() => finish(new ExchangeTimeout(bounds.timeoutMs)), bounds.timeoutMs);
    const send = secure ? httpsRequest : httpRequest;
    const outgoing = send(
      u,
      { method: req.method, headers, agent: secure ? pool.https : pool.http, rejectUnauthorized: true },
      (res) => readBody(res, bounds.maxBytes, finish, () => done),
    );
    outgoing.on('error', (err: Error & { code?: string }) => {
      if (err.code?.startsWith('HPE_')) return finish(new InvalidAnswer(`${err.message} (${err.code})`));
      // A kept-alive connection the server closed as we reused it: not the target failing (the caller retries).
      finish(outgoing.reusedSocket && err.code === 'ECONNRESET' ? new StaleConnection(err.message) : err);
    });
    outgoing.end(req.body);
  });
}

function readBody(
  res: IncomingMessage,
  maxBytes: number,
  finish: (err: Error | undefined, res?: RawResponse) => void,
  stopped: () => boolean,
): void {
  const status = res.statusCode ?? 0;
  const headers = headersOf(res);
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    return finish(new ResponseTooLarge(maxBytes, 'on the wire', status));
  let wire = 0;
  res.on('data', (chunk: Buffer) => {
    if (stopped()) return;
    wire += chunk.length;
    if (wire > maxBytes) finish(new ResponseTooLarge(maxBytes, 'on the wire', status));
  });
  res.on('error', (err) => finish(err));
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = DECODERS[encoding]?.();
  const source = decoder ? res.pipe(decoder) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  source.on('data', (chunk: Buffer) => {
    if (stopped()) return;
    size += chunk.length;
    if (size > maxBytes) {
      finish(new ResponseTooLarge(maxBytes, decoder ? 'decompressed' : 'on the wire', status));
      decoder?.destroy();
      return;
    }
    chunks.push(chunk);
  });
  decoder?.on('error', (err) => finish(new InvalidAnswer(`the ${encoding} body does not decode: ${err.message}`)));
  source.on('end', () => finish(undefined, { status, headers, body: Buffer.concat(chunks) }));
}
