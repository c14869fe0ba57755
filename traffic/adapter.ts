import type { ContractVersion } from '../schemas';
import type { HarEntry, HarNameValue } from '../runner';
import type { AuthKind, Exchange } from '../wire';
import { responseJson } from '../wire';
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
  /**
   * True when the request shows no credential and the recording as a whole carries none either: the
   * recorder removed them (Azure SDK recordings, sanitized HAR exports), so whether this request was
   * authenticated is not judgeable from the recording.
   */
  authUnknown: boolean;
  /**
   * JSON pointers of response values an SDK recorder replaced by its marker `"Sanitized"` (the Python
   * recorder does so with every audit entry id and listed session id): not the server's values, not judged.
   */
  sanitized: string[];
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

/**
 * Whether a recording shows credentials at all: some request carries a key or an Authorization header (a
 * value, or the `[REDACTED:…]` marker this project's FACE_SAVE_HAR writes). Only then does a request
 * without one say that none was sent.
 */
export function credentialsRecorded(entries: HarEntry[]): boolean {
  return entries.some((e) =>
    e.request.headers.some((h) => /^(ocp-apim-subscription-key|authorization)$/i.test(h.name)),
  );
}

/** How a recorded request authenticated, as far as its header names (and the public wrong key) tell. */
export function recordedAuth(headers: Record<string, string>): AuthKind {
  const key = headers['ocp-apim-subscription-key'];
  if (key === '00000000000000000000000000000000') return 'wrong-key';
  if (key !== undefined) return 'key';
  return headers.authorization !== undefined ? 'aad' : 'none';
}

/** The value the Azure SDK test proxy's sanitizers write in place of what they remove. */
export const SANITIZED = 'Sanitized';

/** Pointers of every string value equal to the sanitizer marker. */
export function sanitizedPointers(value: unknown, at = ''): string[] {
  if (value === SANITIZED) return [at];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    sanitizedPointers(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

/**
 * Adapts one HAR entry; `override` is `--api-version`; `credentialsKept` says whether the recording shows
 * credentials at all (see credentialsRecorded); `sdkRecording` that it comes from an SDK test-proxy recording.
 */
export function adaptEntry(
  entry: HarEntry,
  index: number,
  harFile: string,
  override?: ContractVersion,
  credentialsKept = true,
  sdkRecording = false,
): Recorded {
  const url = new URL(entry.request.url);
  const requestHeaders = headerMap(entry.request.headers);
  const contentType = requestHeaders['content-type'] ?? entry.request.postData?.mimeType;
  const match = matchOperation(entry.request.method, url, contentType, override);
  const requestText = entry.request.postData?.text;
  const { body, problem } = responseBody(entry, harFile, index);
  const text = body?.toString('utf8') ?? '';
  const parsed = responseJson(text);
  const { json } = parsed;
  const bodyProblem = problem ?? parsed.bodyProblem;
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
      ...(bodyProblem ? { bodyProblem } : {}),
      bytes: body?.length ?? 0,
      ...(body ? { raw: body } : {}),
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
    authUnknown: !credentialsKept && recordedAuth(requestHeaders) === 'none',
    sanitized: sdkRecording ? sanitizedPointers(json) : [],
    startMs,
    endMs: startMs + Math.max(0, entry.time),
  };
}
