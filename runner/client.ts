import type { APIRequestContext } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { RequestRefused } from './budget';
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

/** Sends wire requests with credentials, a budget, a concurrency limit and bounded 429 retries. */
export class TargetClient {
  private seq = 0;
  private context?: APIRequestContext;
  private readonly listeners: ExchangeListener[] = [];

  constructor(
    readonly target: Target,
    readonly limiter: Limiter,
    readonly redactor: Redactor,
    private readonly retry: { maxRetries: number; maxWaitMs: number; timeoutMs?: number },
  ) {
    redactor.add(target.apiKey, 'api-key');
    redactor.add(target.aadToken, 'aad-token');
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

  /** Sends one request; a 429 is retried after Retry-After, at most `maxRetries` times. */
  async send(req: WireRequest, reserved = false): Promise<Exchange> {
    this.context ??= await playwrightRequest.newContext({ ignoreHTTPSErrors: false });
    const url = `${this.target.baseUrl}${req.path}${queryString(req.query)}`;
    const { body, headers } = serializeBody(req.body, req.headers);
    const sent: SentRequest = { ...req, body, headers, url, sentHeaders: { ...headers, ...this.authHeaders(req) } };
    const started = Date.now();
    let retries = 0;
    for (;;) {
      await this.limiter.acquire(reserved);
      let response: WireResponse;
      try {
        response = await this.fetch(sent);
      } catch (err) {
        // No answer (timeout, connection refused or reset, TLS): the target stopped answering. Every later
        // request of the run is refused at once, so the run ends in bounded time.
        const reason = `${NOT_ANSWERING}: ${req.method} ${req.path}: ${firstLine(err)}`;
        await this.limiter.budget.markDown(reason);
        throw new RequestRefused('down', reason);
      } finally {
        this.limiter.release();
      }
      const wait = response.status === 429 ? retryAfterMs(response.headers['retry-after']) : undefined;
      if (wait !== undefined && retries < this.retry.maxRetries && wait <= this.retry.maxWaitMs) {
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
      };
      for (const l of this.listeners) l(exchange);
      return exchange;
    }
  }

  private learnTokens(body: object): void {
    const token = (body as { authToken?: unknown }).authToken;
    if (typeof token === 'string') this.redactor.add(token, 'authToken');
  }

  private async fetch(req: SentRequest): Promise<WireResponse> {
    const res = await this.context!.fetch(req.url, {
      method: req.method,
      headers: req.sentHeaders,
      data: req.body,
      failOnStatusCode: false,
      maxRedirects: 0,
      timeout: this.retry.timeoutMs ?? 30_000,
    });
    const buffer = await res.body();
    const text = buffer.toString('utf8');
    return {
      status: res.status(),
      headers: res.headers(),
      text,
      ...responseJson(text),
      bytes: buffer.length,
      raw: buffer,
    };
  }

  async dispose(): Promise<void> {
    await this.context?.dispose();
    this.context = undefined;
  }
}

/** How a refusal after a request without answer begins. */
export const NOT_ANSWERING = 'the target stopped answering';

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err))
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')[0]
    .slice(0, 200);
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
