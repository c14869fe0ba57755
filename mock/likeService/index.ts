/**
 * The service-like layer of the mock (`npm run mock -- --like-service`, `FACE_MOCK_LIKE_SERVICE=true` for
 * the suite's embedded mock): the same contract, answered the way the real service answers it
 * (../shared/recordings README) — errors without `x-ms-error-code`, 429 with `Retry-After: 1` and code "429"
 * over an S0-like rate, other clients' sessions in the lists, audit entries newest first, no
 * `clientRequestId` unless sent, the service's headers, 7-digit `+00:00` dates, v1.2 reads with
 * `authToken: ""` and no `modelVersion` before an attempt. It counts writes to sessions the client did not
 * create. It sits around the handlers (it rewrites their answers), so faults and handlers stay as they are.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { mediaType } from '../body';
import type { RouteMatch } from '../router';
import { route } from '../router';
import type { MockState } from '../state';
import type { LikeServiceOptions } from './options';
import { rewriteJson } from './rewrite';
import { seedForeignSessions } from './seed';

export type { LikeServiceOptions } from './options';
export { S0_RATE_PER_SECOND } from './options';

/** Headers every answer of the real service carries beside apim-request-id. */
const SERVICE_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
};

/** Headers of successful answers only (billing and region). */
const SUCCESS_HEADERS = { 'CSP-Billing-Usage': 'CognitiveServices.Face.Transaction=1', 'x-ms-region': 'Mock Region' };

function matchOf(req: IncomingMessage): RouteMatch | undefined {
  try {
    return route(req.method ?? '', req.url ?? '', mediaType(req));
  } catch {
    return undefined;
  }
}

function parsed(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function withoutHeader(headers: OutgoingHttpHeaders, name: string): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== name));
}

/** The service-like layer of one mock: its foreign sessions and what it rewrites. */
export class LikeService {
  private readonly foreign: Set<string>;
  private writes = 0;
  private limited = 0;

  constructor(
    readonly options: LikeServiceOptions,
    private readonly state: MockState,
    private readonly now: () => number,
  ) {
    this.foreign = options.foreignSessions === false ? new Set() : seedForeignSessions(state, now());
  }

  /** Ids of the sessions of "other clients" the mock holds. */
  get foreignIds(): ReadonlySet<string> {
    return this.foreign;
  }

  /** Writes (deletes) the mock received on sessions of other clients: a safe suite keeps this at 0. */
  get foreignWrites(): number {
    return this.writes;
  }

  /** 429 answers sent (the S0-like rate limit at work). */
  get rateLimited(): number {
    return this.limited;
  }

  /** Seeds the other clients' sessions again after the mock's memory was cleared. */
  reseed(): void {
    if (this.options.foreignSessions === false) return;
    this.foreign.clear();
    for (const id of seedForeignSessions(this.state, this.now())) this.foreign.add(id);
  }

  /** Called first for every request: counts a write to a foreign session and wraps the answer. */
  onRequest(req: IncomingMessage, res: ServerResponse): void {
    const match = matchOf(req);
    const id = match?.params.sessionId;
    if (match && match.op.method !== 'GET' && id !== undefined && this.foreign.has(id)) {
      this.writes++;
      this.options.onForeignWrite?.(match.op.method, id);
    }
    this.wrap(res, match);
  }

  /**
   * Holds the handler's writeHead until end(), so the body can be reworded and the headers fixed
   * (Content-Length of the new body, no x-ms-error-code, the service's headers).
   */
  private wrap(res: ServerResponse, match: RouteMatch | undefined): void {
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    let held: { status: number; headers: OutgoingHttpHeaders } | undefined;
    const started = Date.now();
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = (rest.find((r) => r && typeof r === 'object') ?? {}) as OutgoingHttpHeaders;
      held = { status, headers };
      return res;
    }) as ServerResponse['writeHead'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!held) return end(chunk as never, ...(rest as never[]));
      const { status } = held;
      let headers: OutgoingHttpHeaders = { ...held.headers, ...SERVICE_HEADERS };
      headers['x-envoy-upstream-service-time'] = String(Math.max(1, Date.now() - started));
      let body = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : undefined;
      if (status >= 400) {
        headers = withoutHeader(headers, 'x-ms-error-code');
        if (status === 429) {
          headers['policy-id'] = 'ResourceRateLimitBy1s';
          this.limited++;
        }
      } else {
        headers = { ...headers, ...SUCCESS_HEADERS };
        const type = String(headers['Content-Type'] ?? headers['content-type'] ?? '');
        const json = body && match && /json/i.test(type) ? parsed(body) : undefined;
        if (json !== undefined && match) {
          body = Buffer.from(JSON.stringify(rewriteJson(json, match.op, match.version)));
          headers = { ...withoutHeader(headers, 'content-length'), 'Content-Length': body.length };
        }
      }
      writeHead(status, headers);
      return end(body as never, ...(rest.filter((r) => typeof r === 'function') as never[]));
    }) as ServerResponse['end'];
  }
}
