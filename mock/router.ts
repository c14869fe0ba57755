import type { ContractVersion, OperationSpec } from '../schemas';
import { CONTRACT_VERSIONS, operationsFor } from '../schemas';
import { HttpError } from './http';

/** The operation a request asks for, its decoded path parameters, and its query. */
export interface RouteMatch {
  version: ContractVersion;
  op: OperationSpec;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The path as sent (no normalisation: `..` and `%2F` stay what they are). */
  path: string;
}

const notFound = (what: string): HttpError =>
  new HttpError(
    404,
    'NotFound',
    `${what} not found; paths are /face/{apiVersion}/... with one of ${CONTRACT_VERSIONS.join(', ')}`,
  );

/** Matches one path against an operation's template; fixed segments compare case-insensitively. */
function matchTemplate(template: string[], segments: string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t.startsWith('{') && t.endsWith('}')) {
      if (segments[i] === '') return undefined;
      params[t.slice(1, -1)] = segments[i];
    } else if (t.toLowerCase() !== segments[i].toLowerCase()) return undefined;
  }
  return params;
}

/** Decodes a path parameter; a malformed escape can name no resource, so it is reported as not found. */
function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Finds the operation of a request from the contract table (schemas/contract/): `/face/{version}`
 * then the operation's path. Unknown paths or versions: 404; a known path with another method: 405.
 * With two operations on one path and method (JSON and multipart create), the media type decides.
 */
export function route(method: string, url: string, media: string): RouteMatch {
  if (!url.startsWith('/')) throw notFound('path');
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  const [empty, face, rawVersion, ...rest] = path.split('/');
  if (empty !== '' || face?.toLowerCase() !== 'face' || rawVersion === undefined) throw notFound('path');
  const version = CONTRACT_VERSIONS.find((v) => v.toLowerCase() === rawVersion.toLowerCase());
  if (!version) throw notFound(`API version "${rawVersion.slice(0, 40)}"`);
  const candidates: { op: OperationSpec; params: Record<string, string> }[] = [];
  for (const op of operationsFor(version)) {
    const params = matchTemplate(op.path.split('/').slice(1), rest);
    if (params) candidates.push({ op, params });
  }
  if (candidates.length === 0) throw notFound('path');
  const sameMethod = candidates.filter((c) => c.op.method === method);
  if (sameMethod.length === 0) {
    const allow = [...new Set(candidates.map((c) => c.op.method))].join(', ');
    throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed here; use ${allow}`, { Allow: allow });
  }
  const chosen = sameMethod.find((c) => c.op.body?.contentType === media) ?? sameMethod[0];
  const params: Record<string, string> = {};
  for (const [name, raw] of Object.entries(chosen.params)) {
    const value = decode(raw);
    if (value === undefined) {
      if (name === 'sessionId') throw new HttpError(404, 'SessionNotFound', 'no session has this id');
      throw new HttpError(404, 'NotFound', `no resource has this ${name}`);
    }
    params[name] = value;
  }
  return { version, op: chosen.op, params, query, path };
}
