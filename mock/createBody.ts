import type { ContractVersion, SchemaViolation } from '../schemas';
import { TTL, conflictFor, documentedCodesFor, registry } from '../schemas';
import type { FaultSet } from './faults';
import { HttpError, badArgument } from './http';

/** A create body that passed validation (CONTRACT.md §2 CreateLivenessWithVerifySessionJsonContent). */
export interface CreateBody {
  livenessOperationMode?: string;
  authTokenTimeToLiveInSeconds?: number;
  deviceCorrelationId?: string | null;
  deviceCorrelationIdSetInClient?: boolean;
  sendResultsToClient?: boolean;
  enableSessionImage?: boolean;
  livenessSingleModalModel?: string;
  returnVerifyImageHash?: boolean;
  verifyConfidenceThreshold?: number;
}

/** Parses JSON text; malformed JSON is 400 BadArgument (500 under the malformed-json-500 fault). */
export function parseJson(text: string, faults: FaultSet): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (faults.has('malformed-json-500')) throw new HttpError(500, 'InternalServerError', 'could not parse');
    throw badArgument(`the body is not valid JSON (${(err as Error).message}); send a JSON object`);
  }
}

/** Which input-validation fault, if on, lets a violation through. */
function tolerated(v: SchemaViolation, faults: FaultSet): boolean {
  const field = v.keyword === 'required' ? String(v.params.missingProperty) : v.instancePath.split('/')[1];
  if (field === 'authTokenTimeToLiveInSeconds') {
    return (
      (v.keyword === 'minimum' && faults.has('accept-ttl-below-minimum')) ||
      (v.keyword === 'maximum' && faults.has('accept-ttl-above-maximum'))
    );
  }
  if (field === 'livenessOperationMode') {
    return (
      (v.keyword === 'required' && faults.has('accept-missing-operation-mode')) ||
      (v.keyword === 'enum' && faults.has('accept-unknown-operation-mode'))
    );
  }
  if (field === 'deviceCorrelationId') {
    return (
      (v.keyword === 'required' && faults.has('accept-missing-device-id')) ||
      (v.keyword === 'maxLength' && faults.has('accept-long-device-id'))
    );
  }
  if (field === 'verifyConfidenceThreshold') {
    return ['minimum', 'maximum'].includes(v.keyword) && faults.has('ga-accept-threshold-out-of-range');
  }
  if (field === 'livenessModelVersion') return v.keyword === 'enum' && faults.has('ga-accept-unknown-model-version');
  return false;
}

/**
 * Validates a create body against the suite's own schema (the shared registry). The documented conflict
 * (deviceCorrelationIdSetInClient true with a deviceCorrelationId) is accepted; any other violation is 400
 * with the first documented code of the first violation; an unknown field is InvalidRequestBody.
 */
export function validateCreate(
  version: ContractVersion,
  definition: string,
  value: unknown,
  faults: FaultSet,
): CreateBody {
  const read = truncatedTtl(value, faults);
  const violations = registry()
    .validate(version, definition, read)
    // A format read from a description (GUID, IP address or CIDR) is a liberty the plain mock does not take.
    .filter((v) => v.keyword !== 'format' && !conflictFor(definition, v.schemaPath) && !tolerated(v, faults));
  const first = violations[0];
  if (!first) return refuseOnBound(read as CreateBody, faults);
  const where = first.instancePath || '/';
  const message = `${definition} ${where}: ${first.message}`;
  if (first.keyword === 'additionalProperties') {
    return fail('InvalidRequestBody', `${message} (${String(first.params.additionalProperty)}); remove it`);
  }
  const missingProperty = first.keyword === 'required' ? String(first.params.missingProperty) : undefined;
  // Where no document names a code the mock answers BadArgument, one legal choice among any.
  const [code] = documentedCodesFor({
    location: 'body',
    instancePath: first.instancePath,
    keyword: first.keyword,
    missingProperty,
  }) ?? ['BadArgument'];
  return fail(faults.has('error-code-generic') ? 'BadArgument' : code, message);
}

/** The accept-non-integer-ttl fault: a fractional TTL read as an integer by truncation (600.5 → 600). */
function truncatedTtl(value: unknown, faults: FaultSet): unknown {
  if (!faults.has('accept-non-integer-ttl') || !value || typeof value !== 'object') return value;
  const ttl = (value as CreateBody).authTokenTimeToLiveInSeconds;
  if (typeof ttl !== 'number' || !Number.isFinite(ttl)) return value;
  return { ...value, authTokenTimeToLiveInSeconds: Math.trunc(ttl) };
}

/** The boundary faults: a valid value exactly on a documented bound refused as if it were out of range. */
function refuseOnBound(body: CreateBody, faults: FaultSet): CreateBody {
  const ttl = body.authTokenTimeToLiveInSeconds;
  if (faults.has('refuse-ttl-on-bound') && (ttl === TTL.minimum || ttl === TTL.maximum)) {
    fail('InvalidTokenLifetime', `authTokenTimeToLiveInSeconds ${ttl} is out of range`);
  }
  if (faults.has('refuse-64-char-device-id') && body.deviceCorrelationId?.length === 64) {
    fail('InvalidDeviceCorrelationId', 'deviceCorrelationId is too long');
  }
  // The limit counted in UTF-8 bytes: 64 "é" (128 bytes) refused, though 64 characters under every reading.
  const id = body.deviceCorrelationId;
  if (faults.has('device-id-length-in-bytes') && typeof id === 'string' && Buffer.byteLength(id, 'utf8') > 64) {
    fail('InvalidDeviceCorrelationId', 'deviceCorrelationId is over 64 bytes');
  }
  return body;
}

function fail(code: string, message: string): never {
  throw new HttpError(400, code, message);
}

/** The TTL a session gets: the one sent, else 600 (300 under the default-ttl-not-600 fault). */
export function ttlOf(body: CreateBody, faults: FaultSet): number {
  if (body.authTokenTimeToLiveInSeconds !== undefined) return body.authTokenTimeToLiveInSeconds;
  const setInClient = body.deviceCorrelationIdSetInClient === true;
  const wrong =
    faults.has('default-ttl-not-600') || (setInClient && faults.has('default-ttl-wrong-when-set-in-client'));
  return wrong ? 300 : TTL.default;
}
