import type { HarEntry, HarLog } from '../../runner';

const BASE = 'http://127.0.0.1:9/face/v1.1-preview.1';
let clock = Date.parse('2025-01-01T00:00:00Z');

/**
 * A hand-made HAR 1.2 entry: `path` after the base (or an absolute URL), a JSON answer, the resource key sent.
 * Entries follow a shared clock a second apart, or start at `opts.at` (milliseconds) when given.
 */
export function entry(
  method: string,
  path: string,
  status: number,
  body?: unknown,
  opts: { headers?: Record<string, string>; request?: unknown; at?: number } = {},
): HarEntry {
  const at = opts.at ?? (clock += 1000);
  const started = new Date(at).toISOString();
  const text = body === undefined ? '' : JSON.stringify(body);
  const requestText = opts.request === undefined ? undefined : JSON.stringify(opts.request);
  const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': 'hand-made-key-0123', ...opts.headers };
  if (requestText) headers['Content-Type'] = 'application/json';
  return {
    startedDateTime: started,
    time: 5,
    request: {
      method,
      url: path.startsWith('http') ? path : `${BASE}${path}`,
      httpVersion: 'HTTP/1.1',
      headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: requestText?.length ?? 0,
      ...(requestText ? { postData: { mimeType: 'application/json', text: requestText } } : {}),
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'apim-request-id', value: `req-${at}` },
        ...(text ? [{ name: 'Content-Type', value: 'application/json; charset=utf-8' }] : []),
        ...(status >= 400
          ? [{ name: 'x-ms-error-code', value: (body as { error?: { code?: string } } | undefined)?.error?.code ?? '' }]
          : []),
      ],
      cookies: [],
      content: { size: text.length, mimeType: text ? 'application/json' : 'x-unknown', text },
      redirectURL: '',
      headersSize: -1,
      bodySize: text.length,
    },
    cache: {},
    timings: { send: 0, wait: 5, receive: 0 },
  };
}

/** A HAR document of entries. */
export function har(entries: HarEntry[]): HarLog {
  return { log: { version: '1.2', creator: { name: 'hand', version: '1' }, entries } };
}

/** A session as Get Liveness Session Result answers it. */
export function session(id: string): Record<string, unknown> {
  return {
    id,
    createdDateTime: '2025-01-01T00:00:00Z',
    sessionExpired: false,
    authTokenTimeToLiveInSeconds: 600,
    status: 'NotStarted',
  };
}
