import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { authorizeManagement } from './auth';
import { mediaType, readBody } from './body';
import type { Clock, MockConfig } from './config';
import { handlerFor } from './handlers';
import { HttpError, sendError } from './http';
import type { LikeService } from './likeService';
import type { RateLimiter } from './rateLimit';
import { route } from './router';
import type { MockState } from './state';
import type { Widest } from './widest';

/** What one mock server works with: its configuration, memory, clock and rate limiter. */
export interface MockDeps {
  config: MockConfig;
  state: MockState;
  clock: Clock;
  limiter: RateLimiter;
  /** The service-like layer, when on (`--like-service`): rewords answers as the real service does. */
  likeService?: LikeService;
  /** The widest legal server's layer, when on (`--widest`): takes every liberty of the register. */
  widest?: Widest;
}

/** Answers one request: rate limit, route, management auth, body (the widest layer's refusals), handler; every refusal a FaceErrorResponse. */
async function handle(req: IncomingMessage, res: ServerResponse, deps: MockDeps): Promise<void> {
  const { config, state, clock } = deps;
  const requestId = randomUUID();
  const receivedAt = Date.now();
  const now = clock.now();
  // The widest layer wraps first, so it rewrites what the service-like layer made of the answer.
  deps.widest?.onRequest(res);
  deps.likeService?.onRequest(req, res);
  if (!config.faults.has('apim-request-id-missing')) res.setHeader('apim-request-id', requestId);
  try {
    deps.limiter.check();
    const media = mediaType(req);
    const match = route(req.method ?? '', req.url ?? '', media);
    if (match.op.kind === 'management') authorizeManagement(req, config, state);
    const limit = media === 'multipart/form-data' ? config.multipartLimit : config.jsonLimit;
    const read = await readBody(req, limit);
    const body = deps.widest ? await deps.widest.onBody(req, res, match, media, read) : read;
    const handler = handlerFor(match.version, match.op);
    if (!handler) throw new Error(`no handler for operation ${match.op.id}`);
    await handler({ req, res, requestId, receivedAt, now, config, state, clock, match, media, body });
  } catch (err) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof HttpError) {
      sendError(res, config.faults, err);
      return;
    }
    // Never expected (the fuzz test holds the mock to it): an honest 500 rather than a crash.
    process.stderr.write(`mock: internal error on ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}\n`);
    sendError(res, config.faults, new HttpError(500, 'InternalServerError', 'the mock failed; this is a bug'));
  }
}

/** A node:http server running the mock; call `listen` on it. Malformed HTTP gets a FaceErrorResponse 400. */
export function createMockServer(deps: MockDeps): Server {
  const server = createServer((req, res) => {
    handle(req, res, deps).catch((err: unknown) => {
      process.stderr.write(`mock: ${String(err)}\n`);
      res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (!socket.writable) return;
    const body = JSON.stringify({ error: { code: 'BadArgument', message: 'malformed HTTP request' } });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nx-ms-error-code: BadArgument\r\n` +
        `apim-request-id: ${randomUUID()}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
