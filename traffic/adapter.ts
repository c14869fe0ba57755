import type { ContractVersion } from '../schemas';
import type { Exchange } from '../specs/core/client';
import { jsonOrUndefined } from '../specs/core/client';
import type { HarEntry, HarNameValue } from '../specs/core/har';
import type { AuthKind } from '../specs/core/wire';
import { responseBody } from './load';
import type { Matched, NotApi } from './match';
import { matchOperation } from './match';

/** One HAR entry as the checks see it: an Exchange (the live suite's type), where it went, and what it is. */
export interface Recorded {
  /** Index in `log.entries`. */
  index: number;
  exchange: Exchange;
  /** Scheme, host and port: sequences are followed per server (each embedded mock is its own). */
  origin: string;
  match: Matched | NotApi;
  /** False when the HAR omits the response body (e.g. Playwright's `content: 'omit'`). */
  bodyRecorded: boolean;
  /** The request's body as text (HAR postData), if any. */
  requestText?: string;
  /** HAR request.bodySize: the body's byte count, -1 when unknown. */
  requestBodySize: number;
  /** Request headers by lower-cased name. */
  requestHeaders: Record<string, string>;
  /** When the request started and the response ended, in ms since the epoch. */
  startMs: number;
  endMs: number;
}

/** Headers by lower-cased name; repeated headers joined with `, ` (as HTTP allows). */
export function headerMap(list: HarNameValue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of list) {
    const key = name.toLowerCase();
    out[key] = key in out ? `${out[key]}, ${value}` : value;
  }
  return out;
}

/** How a recorded request authenticated, as far as its header names (and the public wrong key) tell. */
export function recordedAuth(headers: Record<string, string>): AuthKind {
  const key = headers['ocp-apim-subscription-key'];
  if (key === '00000000000000000000000000000000') return 'wrong-key';
  if (key !== undefined) return 'key';
  return headers.authorization !== undefined ? 'aad' : 'none';
}

/** Adapts one HAR entry; `override` is `--api-version`. */
export function adaptEntry(entry: HarEntry, index: number, harFile: string, override?: ContractVersion): Recorded {
  const url = new URL(entry.request.url);
  const requestHeaders = headerMap(entry.request.headers);
  const contentType = requestHeaders['content-type'] ?? entry.request.postData?.mimeType;
  const match = matchOperation(entry.request.method, url, contentType, override);
  const requestText = entry.request.postData?.text;
  const body = responseBody(entry, harFile);
  const text = body?.toString('utf8') ?? '';
  const json = jsonOrUndefined(text);
  const startMs = Date.parse(entry.startedDateTime);
  const exchange: Exchange = {
    seq: index + 1,
    request: {
      operationId: match.kind === 'operation' ? match.op.id : '',
      method: entry.request.method.toUpperCase() as Exchange['request']['method'],
      path: match.kind === 'operation' ? match.path : url.pathname,
      query: [...url.searchParams],
      headers: {},
      ...(requestText !== undefined ? { body: Buffer.from(requestText) } : {}),
      auth: recordedAuth(requestHeaders),
      url: entry.request.url,
      sentHeaders: Object.fromEntries(entry.request.headers.map((h) => [h.name, h.value])),
    },
    response: {
      status: entry.response.status,
      headers: headerMap(entry.response.headers),
      text,
      json,
      bytes: body?.length ?? 0,
    },
    startedAt: entry.startedDateTime,
    durationMs: Math.max(0, entry.time),
    retries: 0,
  };
  return {
    index,
    exchange,
    origin: url.origin,
    match,
    bodyRecorded: body !== undefined,
    requestText,
    requestBodySize: entry.request.bodySize ?? -1,
    requestHeaders,
    startMs,
    endMs: startMs + Math.max(0, entry.time),
  };
}
