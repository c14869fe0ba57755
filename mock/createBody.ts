import type { ContractVersion } from '../schemas';
import { TTL, conflictFor, documentedCodesFor, registry } from '../schemas';
import type { FaultSet } from './faults';
import { HttpError, badArgument } from './http';
import { tolerated, truncatedTtl, wrongDefaultTtl } from './validation/faults';

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
  return wrongDefaultTtl(body, faults) ?? TTL.default;
}
