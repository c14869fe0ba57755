import { RequestRefused } from './budget';
import { RunDeadline } from './deadline';
import { ExchangeTimeout, ResponseTooLarge, StaleConnection, agents, sendHttp } from './http';
import type { RawResponse } from './http';
import { downReason } from './noAnswer';
import type { Limiter } from './limiter';
import type { Redactor } from './redact';
import type { Exchange, SentRequest, WireRequest, WireResponse } from '../wire';
import { parseJsonBounded, queryString, responseJson, serializeBody } from '../wire';

/** Credentials and where to send requests. */
export interface Target {
  baseUrl: string;
  apiKey?: string;
  aadToken?: string;
}

/** Called for every exchange, e.g. to save traffic. */
export type ExchangeListener = (exchange: Exchange) => void;

const WRONG_KEY = '00000000000000000000000000000000';

/** FACE_MAX_RESPONSE_BYTES's default: 8 MiB, far above any documented answer (a session image is tens of KB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Time kept at a test's end for the requests after a 429 and for cleanup. */
const TEST_END_MARGIN_MS = 15_000;

/** How the client bounds a request: 429 retries, time, the size of an answer, and the run's deadline. */
export interface ClientBounds {
  maxRetries: number;
  maxWaitMs: number;
  timeoutMs?: number;
  /** Most bytes of an answer's body, on the wire and decompressed (FACE_MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
  /** The run's deadline (FACE_MAX_RUN_S); none by default. */
  deadline?: RunDeadline;
}

/**
 * Sends wire requests with credentials, a budget, a concurrency limit, bounded 429 retries, a cap on answers'
 * size and the run's deadline; redirects are never followed.
 */
export class TargetClient {
  private seq = 0;
  private readonly pool;
  private readonly listeners: ExchangeListener[] = [];
  private readonly deadline: RunDeadline;
  private disposed = false;

  constructor(
    readonly target: Target,
    readonly limiter: Limiter,
    readonly redactor: Redactor,
    private readonly retry: ClientBounds,
  ) {
    redactor.add(target.apiKey, 'api-key');
    redactor.add(target.aadToken, 'aad-token');
    this.pool = agents(limiter.concurrency + 1);
    this.deadline = retry.deadline ?? new RunDeadline(undefined, undefined);
  }

  private get timeoutMs(): number {
    return this.retry.timeoutMs ?? 30_000;
  }

  onExchange(listener: ExchangeListener): void {
    this.listeners.push(listener);
  }

  /** Requests sent so far (each retry counts). */
  get sent(): number {
    return this.limiter.used;
  }

  private authHeaders(req: WireRequest): Record<string, string> {
    const { apiKey, aadToken } = this.target;
    const management = (): Record<string, string> =>
      apiKey ? { 'Ocp-Apim-Subscription-Key': apiKey } : { Authorization: `Bearer ${aadToken ?? ''}` };
    switch (req.auth) {
      case 'none':
        return {};
      case 'wrong-key':
        return { 'Ocp-Apim-Subscription-Key': WRONG_KEY };
      case 'key':
        return management();
      case 'aad':
        return aadToken ? { Authorization: `Bearer ${aadToken}` } : management();
      case 'key-on-device':
        return management();
      case 'session-token':
        return { Authorization: `Bearer ${req.sessionToken ?? ''}` };
    }
  }

  /**
   * Sends a cleanup request: outside the budget (counted in `reserved` and by the run's budget), still within
   * the concurrency limit.
   */
  async sendReserved(req: WireRequest): Promise<Exchange> {
    this.reserved++;
    return this.send(req, true);
  }

  /** Cleanup requests sent past the budget. */
  reserved = 0;

  /**
   * When the running test's own time limit ends (epoch ms; the suite's, set by specs/fixtures.ts): a 429 is not
   * waited out past it, so a rate-limiting target never makes the suite time out its own test.
   */
  testEndsAt = Infinity;

  /**
   * Sends one request; a 429 is retried after Retry-After while the retries, the longest wait and the run's
   * deadline allow (the final 429 says which did not). Past the deadline no request starts (cleanup aside).
   */
  async send(req: WireRequest, reserved = false): Promise<Exchange> {
    const url = `${this.target.baseUrl}${req.path}${queryString(req.query)}`;
    const { body, headers } = serializeBody(req.body, req.headers);
    const sent: SentRequest = { ...req, body, headers, url, sentHeaders: { ...headers, ...this.authHeaders(req) } };
    const started = Date.now();
    let retries = 0;
    for (;;) {
      const left = this.deadline.left();
      if (!reserved && left <= 0) throw new RequestRefused('deadline', this.deadline.passed());
      await this.limiter.acquire(reserved);
      let response: WireResponse;
      const timeoutMs = reserved ? this.timeoutMs : Math.min(this.timeoutMs, left);
      try {
        response = await this.fetch(sent, timeoutMs);
      } catch (err) {
        throw await this.refusal(err, req, timeoutMs);
      } finally {
        this.limiter.release();
      }
      const wait = response.status === 429 ? retryAfterMs(response.headers['retry-after']) : undefined;
      const stop = wait === undefined ? undefined : this.retryStop(retries, wait);
      if (wait !== undefined && stop === undefined) {
        retries++;
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      if (response.json && typeof response.json === 'object') this.learnTokens(response.json);
      const exchange: Exchange = {
        seq: ++this.seq,
        request: sent,
        response,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        retries,
        ...(stop ? { rateLimitStop: stop } : {}),
      };
      for (const l of this.listeners) l(exchange);
      return exchange;
    }
  }

  /** Why a 429 is not retried again, naming the setting that applied; undefined: wait and retry. */
  private retryStop(retries: number, waitMs: number): string | undefined {
    const { maxRetries, maxWaitMs } = this.retry;
    if (retries >= maxRetries)
      return `still 429 after ${retries} retries (FACE_MAX_RETRIES=${maxRetries}); raise FACE_MAX_RETRIES or lower FACE_CONCURRENCY`;
    if (waitMs > maxWaitMs)
      return `Retry-After asked for ${waitMs} ms, longer than FACE_MAX_RETRY_WAIT_MS=${maxWaitMs}; raise FACE_MAX_RETRY_WAIT_MS to wait it out`;
    const testLeft = this.testEndsAt - Date.now() - TEST_END_MARGIN_MS;
    if (waitMs >= testLeft)
      return `Retry-After asked for ${waitMs} ms, more than the ${Math.max(0, Math.round(testLeft))} ms left of this test's own time limit (the suite's, not the target's)`;
    const left = this.deadline.left();
    if (waitMs >= left)
      return `Retry-After asked for ${waitMs} ms, more than the ${Math.max(0, Math.round(left))} ms left before the run's deadline (FACE_MAX_RUN_S=${this.deadline.seconds ?? '?'})`;
    return undefined;
  }

  /** The refusal for a request without a usable answer; a target that did not answer ends the run's sending. */
  private async refusal(err: unknown, req: WireRequest, timeoutMs: number): Promise<unknown> {
    const what = `${req.method} ${req.path}`;
    if (err instanceof ResponseTooLarge)
      return new RequestRefused(
        'limit',
        `${what} answered ${err.status} with a body over FACE_MAX_RESPONSE_BYTES=${err.limit} bytes ${err.stage} (a safety limit of this suite; no document states a size): not read, not checked; raise FACE_MAX_RESPONSE_BYTES to check it`,
      );
    if (err instanceof ExchangeTimeout && timeoutMs < this.timeoutMs)
      return new RequestRefused('deadline', `${what} was cut at the run's deadline; ${this.deadline.passed()}`);
    const reason = this.disposed ? undefined : downReason(err, what, this.timeoutMs);
    if (reason === undefined) return err; // our own mistake (e.g. a header value Node refuses): a crash, not the target's
    await this.limiter.budget.markDown(reason);
    return new RequestRefused('down', reason);
  }

  private learnTokens(body: object): void {
    const token = (body as { authToken?: unknown }).authToken;
    if (typeof token === 'string') this.redactor.add(token, 'authToken');
  }

  private async fetch(req: SentRequest, timeoutMs: number): Promise<WireResponse> {
    const send = (): Promise<RawResponse> =>
      sendHttp(
        req.url,
        { method: req.method, headers: req.sentHeaders, body: req.body },
        { timeoutMs, maxBytes: this.retry.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES },
        this.pool,
      );
    // Once on a fresh connection when a kept-alive one was closed under us (Node's documented keep-alive race).
    const res = await send().catch((err: unknown) => (err instanceof StaleConnection ? send() : Promise.reject(err)));
    const text = res.body.toString('utf8');
    return {
      status: res.status,
      headers: res.headers,
      text,
      ...responseJson(text),
      bytes: res.body.length,
      raw: res.body,
    };
  }

  /** Closes the connections; a request still in flight (a test the suite timed out) ends without blaming the target. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.pool.http.destroy();
    this.pool.https.destroy();
    return Promise.resolve();
  }
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); 1 s when absent or unreadable. */
export function retryAfterMs(header: string | undefined): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}

/**
 * The parsed body when the text is JSON; undefined when it is empty, not JSON, or nested deeper than
 * `MAX_JSON_DEPTH` (wire/json.ts: every walker after the parse is then safe).
 */
export function jsonOrUndefined(text: string): unknown {
  const parsed = parseJsonBounded(text);
  return parsed.ok ? parsed.value : undefined;
}
