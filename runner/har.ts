import type { Exchange } from '../wire';
import type { Redactor } from './redact';

/** A HAR 1.2 name/value pair (headers, query string). */
export interface HarNameValue {
  name: string;
  value: string;
}

/** The parts of a HAR 1.2 request this project writes and reads. */
export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  headers: HarNameValue[];
  queryString: HarNameValue[];
  cookies: unknown[];
  headersSize: number;
  bodySize: number;
  postData?: { mimeType: string; text?: string; params?: unknown[] };
}

/** The parts of a HAR 1.2 response this project writes and reads. */
export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  headers: HarNameValue[];
  cookies: unknown[];
  content: { size: number; mimeType: string; text?: string; encoding?: string; _file?: string };
  redirectURL: string;
  headersSize: number;
  bodySize: number;
}

/** One HAR 1.2 entry. */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: Record<string, unknown>;
  timings: { send: number; wait: number; receive: number };
}

/** A HAR 1.2 document. */
export interface HarLog {
  log: { version: string; creator: { name: string; version: string }; entries: HarEntry[]; comment?: string };
}

/** The suite's deliberately wrong key (CONTRACT.md §3 rule 7 checks): public, kept so traffic can tell its intent. */
export const WRONG_KEY = '00000000000000000000000000000000';

const AUTH_HEADERS = new Set(['ocp-apim-subscription-key', 'authorization']);

function redactHeaders(headers: Record<string, string>, redactor: Redactor): HarNameValue[] {
  return Object.entries(headers).map(([name, value]) => {
    const lower = name.toLowerCase();
    if (!AUTH_HEADERS.has(lower)) return { name, value: redactor.text(value) };
    if (lower === 'ocp-apim-subscription-key' && value === WRONG_KEY) return { name, value };
    // Keep the scheme so a reader still sees a bearer credential was sent, never its value.
    const scheme = lower === 'authorization' ? `${value.split(' ')[0]} ` : '';
    return { name, value: `${scheme}[REDACTED:${lower}]` };
  });
}

/** The response body as text with every known secret replaced, and any `authToken` JSON value too. */
function redactBody(text: string, json: unknown, redactor: Redactor): string {
  if (json !== undefined && JSON.stringify(json).includes('"authToken"')) {
    return JSON.stringify(redactor.value(json));
  }
  return redactor.text(text);
}

/**
 * One exchange as a redacted HAR 1.2 entry: auth header values replaced (the suite's public wrong key
 * kept), and every known secret (API key, AAD token, session tokens seen so far) replaced in the URL,
 * header values and bodies. Sizes are the real byte counts, so the audit contentLength check can use them.
 */
export function harEntry(exchange: Exchange, redactor: Redactor): HarEntry {
  const { request, response } = exchange;
  const url = new URL(redactor.text(request.url));
  const contentType = Object.entries(request.sentHeaders).find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
  const body = request.body && request.body.length > 0 ? request.body : undefined;
  return {
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url: url.toString(),
      httpVersion: 'HTTP/1.1',
      headers: redactHeaders(request.sentHeaders, redactor),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      cookies: [],
      headersSize: -1,
      bodySize: body?.length ?? 0,
      ...(body ? { postData: { mimeType: contentType, text: redactor.text(body.toString('utf8')) } } : {}),
    },
    response: {
      status: response.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: redactHeaders(response.headers, redactor),
      cookies: [],
      content: {
        size: response.bytes,
        mimeType: response.headers['content-type'] ?? 'x-unknown',
        text: redactBody(response.text, response.json, redactor),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: response.bytes,
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
  };
}
