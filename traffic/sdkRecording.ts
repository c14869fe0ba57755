/**
 * Azure SDK test-proxy recordings (`{"Entries": [...], "Variables": {}}`, as the JavaScript, Python, .NET
 * and Java SDKs' test recorder writes them) read as HAR 1.2, so every traffic check runs on them unchanged.
 * What the recorders did is undone where it can be and marked where it cannot: bodies stored as JSON, as
 * a string (JSON arrays) or as base64 (binary) become the bytes that were on the wire; the replaced host
 * stays (it is only a name); credentials were removed, which the adapter reads as "not recorded".
 */
import type { HarEntry, HarLog, HarNameValue } from '../runner';

/** One recorded exchange, as the test proxy writes it. */
export interface SdkEntry {
  RequestUri: string;
  RequestMethod: string;
  RequestHeaders: Record<string, string | string[]>;
  RequestBody: unknown;
  StatusCode: number;
  ResponseHeaders: Record<string, string | string[]>;
  ResponseBody: unknown;
}

/** The creator name of HAR documents made from test-proxy recordings. */
export const SDK_RECORDING_CREATOR = 'azure-sdk-test-proxy-recording';

/** Whether a parsed JSON document looks like a test-proxy recording (an `Entries` array at the top). */
export function isSdkRecording(value: unknown): value is { Entries: unknown[] } {
  return !!value && typeof value === 'object' && Array.isArray((value as { Entries?: unknown }).Entries);
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** The first structural problem of a test-proxy entry, or undefined when it is usable. */
export function sdkEntryProblem(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return `is ${describe(entry)}, expected an object`;
  const e = entry as Record<string, unknown>;
  for (const key of ['RequestUri', 'RequestMethod'] as const) {
    if (typeof e[key] !== 'string') return `${key} is ${describe(e[key])}, expected a string`;
  }
  if (typeof e.StatusCode !== 'number') return `StatusCode is ${describe(e.StatusCode)}, expected a number`;
  for (const key of ['RequestHeaders', 'ResponseHeaders'] as const) {
    const h = e[key];
    if (h !== undefined && (h === null || typeof h !== 'object' || Array.isArray(h)))
      return `${key} is ${describe(h)}, expected an object`;
  }
  try {
    new URL(e.RequestUri as string);
  } catch {
    return `RequestUri is not an absolute URL: ${String(e.RequestUri).slice(0, 80)}`;
  }
  return undefined;
}

function headerList(headers: Record<string, string | string[]> | undefined): HarNameValue[] {
  return Object.entries(headers ?? {}).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: String(v) })),
  );
}

function header(headers: Record<string, string | string[]> | undefined, name: string): string | undefined {
  const hit = Object.entries(headers ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(hit) ? hit.join(', ') : hit;
}

const isJsonType = (type: string): boolean => /^application\/(.+\+)?json\b/i.test(type);
const isTextType = (type: string): boolean => isJsonType(type) || /^text\//i.test(type);

/**
 * A recorded body as the bytes that were sent: null → none; an object → its JSON; a string → itself when
 * the Content-Type is JSON or text (JSON arrays are stored as strings), else base64 decoded (binary bodies).
 */
export function recordedBytes(body: unknown, contentType: string): Buffer | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body !== 'string') return Buffer.from(JSON.stringify(body), 'utf8');
  if (isTextType(contentType) || contentType === '') return Buffer.from(body, 'utf8');
  return Buffer.from(body, 'base64');
}

/** The wall-clock time of an entry: its response `Date` header (second precision), when there is one. */
function dateOf(e: SdkEntry): number | undefined {
  const date = header(e.ResponseHeaders, 'date');
  const ms = date ? Date.parse(date) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** One test-proxy entry as a HAR entry starting at `startMs` and taking 1 ms. */
function harEntryOf(e: SdkEntry, startMs: number): HarEntry {
  const requestType = header(e.RequestHeaders, 'content-type') ?? '';
  const responseType = header(e.ResponseHeaders, 'content-type') ?? '';
  const sent = recordedBytes(e.RequestBody, requestType);
  const got = recordedBytes(e.ResponseBody, responseType);
  const declared = Number(header(e.ResponseHeaders, 'content-length') ?? NaN);
  // A body the recorder dropped (Content-Length > 0, body null) is "not recorded", not "empty".
  const size = got ? got.length : declared > 0 ? -1 : 0;
  const binary = got !== undefined && !isTextType(responseType);
  return {
    startedDateTime: new Date(startMs).toISOString(),
    time: 1,
    request: {
      method: e.RequestMethod,
      url: e.RequestUri,
      httpVersion: 'HTTP/1.1',
      headers: headerList(e.RequestHeaders),
      queryString: [...new URL(e.RequestUri).searchParams].map(([name, value]) => ({ name, value })),
      cookies: [],
      headersSize: -1,
      bodySize: sent?.length ?? 0,
      // Binary request bodies (multipart with images) keep their bytes one-to-one as latin1 text.
      ...(sent
        ? { postData: { mimeType: requestType, text: sent.toString(isTextType(requestType) ? 'utf8' : 'latin1') } }
        : {}),
    },
    response: {
      status: e.StatusCode,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: headerList(e.ResponseHeaders),
      cookies: [],
      content: {
        size,
        mimeType: responseType,
        ...(got
          ? binary
            ? { text: got.toString('base64'), encoding: 'base64' }
            : { text: got.toString('utf8') }
          : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: size,
    },
    cache: {},
    timings: { send: 0, wait: 1, receive: 0 },
  };
}

/**
 * A test-proxy recording as a HAR 1.2 document. The recorder keeps the order of the calls (the SDK tests
 * run them one after another) but no timings: each entry starts at its `Date` header, or later, strictly
 * after the previous one ended, so the sequence checks see the recorded order.
 */
export function sdkRecordingToHar(entries: SdkEntry[]): HarLog {
  let clock = 0;
  const out = entries.map((e) => {
    const start = Math.max(dateOf(e) ?? 0, clock + 1);
    clock = start + 1;
    return harEntryOf(e, start);
  });
  return { log: { version: '1.2', creator: { name: SDK_RECORDING_CREATOR, version: '1' }, entries: out } };
}
