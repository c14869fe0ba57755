import type { Exchange } from '../wire';
import type { Redactor } from './redact';
import { shellQuote, shellWord } from './shellQuote';

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
/**
 * The shell variable standing for a credential header's value, in double quotes so a pasted line expands
 * it: the resource key, the AAD token, or (device calls) a session's authToken, which has no FACE_ variable.
 * Returns the prefix kept in single quotes and the variable part.
 */
function credentialVar(name: string, value: string, redactor: Redactor): [string, string] | undefined {
  const lower = name.toLowerCase();
  if (lower === 'ocp-apim-subscription-key') return ['', '$FACE_API_KEY'];
  if (lower !== 'authorization') return undefined;
  return redactor.text(value).includes('[REDACTED:aad-token]')
    ? ['Bearer ', '$FACE_AAD_TOKEN']
    : ['Bearer ', '$SESSION_TOKEN'];
}

/**
 * `-H`'s argument for a credential: `"Name: $VAR"` when the name is a plain header name (nothing in it
 * a double-quoted word expands), else the name in single quotes followed by the variable in double quotes.
 */
function credentialArg(name: string, [prefix, variable]: [string, string]): string {
  if (/^[A-Za-z0-9-]+$/.test(name)) return `"${name}: ${prefix}${variable}"`;
  return `${shellQuote(`${name}: ${prefix}`)}"${variable}"`;
}

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

/**
 * A curl line that replays the request, with credentials as shell variables (never their values) in
 * double quotes, so it runs as pasted with FACE_API_KEY (or FACE_AAD_TOKEN) set. Every other word is
 * shell-quoted (runner/shellQuote.ts): a URL, header or id from a target or a recording runs no command.
 */
export function curlLine(exchange: Exchange, redactor: Redactor): string {
  const { request } = exchange;
  const parts = ['curl -i -X', shellWord(request.method), shellQuote(redactor.text(request.url))];
  for (const [name, value] of Object.entries(request.sentHeaders)) {
    const placeholder = credentialVar(name, value, redactor);
    if (name.toLowerCase() === 'ocp-apim-subscription-key' && value === '00000000000000000000000000000000') {
      parts.push('-H', shellQuote(`${name}: ${value}`)); // the suite's deliberately wrong key is not a secret
    } else if (placeholder) parts.push('-H', credentialArg(name, placeholder));
    else parts.push('-H', shellQuote(`${name}: ${redactor.text(value)}`));
  }
  const body = bodyText(request.body);
  if (body !== undefined) parts.push('--data-binary', shellQuote(redactor.text(body)));
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
