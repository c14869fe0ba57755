import type { Exchange } from './client';
import type { Redactor } from './redact';

/** A failed check, as a value: enough to understand it and to reproduce it from its first lines. */
export interface FailureRecord {
  check: string;
  title: string;
  rule: string;
  source: string;
  operation: string;
  message: string;
  pointer: string;
  schemaPath?: string;
  expected: string;
  received: string;
  request?: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string };
  curl?: string;
  seed?: number;
  path?: string;
  replay?: string;
}

const KEPT_RESPONSE_HEADERS = ['content-type', 'apim-request-id', 'x-ms-error-code', 'retry-after'];
const CREDENTIAL_VARS: Record<string, string> = {
  'ocp-apim-subscription-key': '$FACE_API_KEY',
  authorization: 'Bearer $TOKEN',
};

function excerpt(text: string, max = 1500): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

function bodyText(body: Buffer | undefined): string | undefined {
  if (!body || body.length === 0) return undefined;
  const text = body.toString('utf8');
  // Binary parts of multipart bodies are shown as text; control characters are escaped.
  return excerpt(
    text.replace(/[\u0000-\u0008\u000e-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** A curl line that replays the request, with credentials as shell variables (never their values). */
export function curlLine(exchange: Exchange, redactor: Redactor): string {
  const { request } = exchange;
  const parts = [`curl -i -X ${request.method} '${redactor.text(request.url)}'`];
  for (const [name, value] of Object.entries(request.sentHeaders)) {
    const placeholder = CREDENTIAL_VARS[name.toLowerCase()];
    if (name.toLowerCase() === 'ocp-apim-subscription-key' && value === '00000000000000000000000000000000') {
      parts.push(`-H '${name}: ${value}'`); // the suite's deliberately wrong key is not a secret
    } else parts.push(`-H '${name}: ${placeholder ?? redactor.text(value).replace(/'/g, "'\\''")}'`);
  }
  const body = bodyText(request.body);
  if (body !== undefined) parts.push(`--data-binary '${redactor.text(body).replace(/'/g, "'\\''")}'`);
  return parts.join(' ');
}

/** The request and response of an exchange, redacted and trimmed for a report. */
export function exchangeExcerpt(
  exchange: Exchange,
  redactor: Redactor,
): Pick<FailureRecord, 'request' | 'response' | 'curl'> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_RESPONSE_HEADERS) {
    const value = exchange.response.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const body = bodyText(exchange.request.body);
  return {
    request: {
      method: exchange.request.method,
      url: redactor.text(exchange.request.url),
      headers: redactor.headers(exchange.request.sentHeaders),
      ...(body !== undefined ? { body: redactor.text(body) } : {}),
    },
    response: {
      status: exchange.response.status,
      headers: redactor.headers(headers),
      body: redactor.text(excerpt(exchange.response.text)),
    },
    curl: curlLine(exchange, redactor),
  };
}
