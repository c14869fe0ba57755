import type { ContractVersion, OperationSpec } from '../schemas';
import { CONTRACT_VERSIONS, isContractVersion, operationsFor } from '../schemas';

/** An exchange matched to a documented operation. */
export interface Matched {
  kind: 'operation';
  op: OperationSpec;
  version: ContractVersion;
  /** Path after `/face/{version}`, as recorded (still encoded). */
  path: string;
  pathParams: Record<string, string>;
}

/** An exchange that is not part of the API, and why. */
export interface NotApi {
  kind: 'not-api';
  reason: string;
}

function segmentsMatch(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const param = /^\{(\w+)\}$/.exec(template[i]);
    if (param) {
      if (actual[i] === '') return undefined;
      try {
        params[param[1]] = decodeURIComponent(actual[i]);
      } catch {
        params[param[1]] = actual[i];
      }
    } else if (template[i].toLowerCase() !== actual[i].toLowerCase()) return undefined;
  }
  return params;
}

function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/form-data\b/i.test(contentType ?? '');
}

/**
 * Matches a recorded request to its operation: the URL path must be `/face/{version}/...`; the version
 * in the URL selects the contract unless `override` is given; fixed segments compare case-insensitively
 * (as the real service does); two operations on one method and path (create with verify, JSON or
 * multipart) are told apart by the request's Content-Type.
 */
export function matchOperation(
  method: string,
  url: URL,
  contentType: string | undefined,
  override?: ContractVersion,
): Matched | NotApi {
  const segments = url.pathname.split('/').slice(1);
  if (segments[0]?.toLowerCase() !== 'face' || segments.length < 3) {
    return { kind: 'not-api', reason: 'the path does not start with /face/{apiVersion}/' };
  }
  const urlVersion = decodeURIComponent(segments[1]);
  const version = override ?? (isContractVersion(urlVersion) ? urlVersion : undefined);
  if (!version) {
    return {
      kind: 'not-api',
      reason: `API version ${urlVersion} has no contract here (known: ${CONTRACT_VERSIONS.join(', ')}; or pass --api-version)`,
    };
  }
  const rest = segments.slice(2);
  const candidates = operationsFor(version)
    .map((op) => ({ op, params: segmentsMatch(op.path.split('/').slice(1), rest) }))
    .filter((c): c is { op: OperationSpec; params: Record<string, string> } => !!c.params);
  if (candidates.length === 0) return { kind: 'not-api', reason: `no operation of ${version} has this path` };
  const sameMethod = candidates.filter((c) => c.op.method === method.toUpperCase());
  if (sameMethod.length === 0) {
    return { kind: 'not-api', reason: `${method.toUpperCase()} is not documented on this path in ${version}` };
  }
  const byBody =
    sameMethod.find((c) => c.op.body && isMultipart(c.op.body.contentType) === isMultipart(contentType)) ??
    sameMethod[0];
  return {
    kind: 'operation',
    op: byBody.op,
    version,
    path: `/${rest.join('/')}`,
    pathParams: byBody.params,
  };
}
