/**
 * Which documented error codes a server may answer for a given request violation (CONTRACT.md §3,
 * from the service's published error-code reference). The suite checks an exact code only where the
 * reference names one; elsewhere any code of the operation's documented 400 set is accepted.
 */

/** A request violation as the schemas report it: where in the request, and which keyword. */
export interface RequestViolation {
  /** `body`, `query` or `path`. */
  location: 'body' | 'query' | 'path';
  /** JSON pointer in the body, or `/start`, `/top` for query parameters. */
  instancePath: string;
  keyword: string;
  /** For `required`, the missing property. */
  missingProperty?: string;
}

/** Codes of 400 answers to a create request, per the reference. */
export const CREATE_BAD_REQUEST_CODES = [
  'BadArgument',
  'InvalidRequestBody',
  'InvalidTokenLifetime',
  'InvalidLivenessOperationMode',
  'InvalidDeviceCorrelationId',
] as const;

/** Documented error codes of the operations on one session (CONTRACT.md §3), by status. */
export const SESSION_ERRORS: Record<number, string[]> = { 401: ['401'], 404: ['SessionNotFound'], 429: ['429'] };

/** Documented error codes of the create operations (CONTRACT.md §3), by status. */
export const CREATE_ERRORS: Record<number, string[]> = {
  400: [...CREATE_BAD_REQUEST_CODES],
  401: ['401'],
  429: ['429'],
};

const FIELD_CODES: Record<string, string> = {
  authTokenTimeToLiveInSeconds: 'InvalidTokenLifetime',
  livenessOperationMode: 'InvalidLivenessOperationMode',
  deviceCorrelationId: 'InvalidDeviceCorrelationId',
};

/** The field a violation is about: the first pointer segment, or the missing property. */
function field(v: RequestViolation): string {
  if (v.keyword === 'required' && v.missingProperty) return v.missingProperty;
  return v.instancePath.split('/')[1] ?? '';
}

/**
 * The codes a server may answer with, for one violation. Query violations (`start`, `top`) are
 * `BadArgument`. A body violation of a field the reference names (TTL out of range, operation mode
 * outside the enum, device id missing/empty/too long) has that field's code; other body
 * violations, and wrong JSON types, may carry any documented create code.
 */
export function documentedCodesFor(v: RequestViolation): string[] {
  if (v.location === 'query') return ['BadArgument'];
  if (v.location === 'path') return ['SessionNotFound', 'BadArgument'];
  const name = field(v);
  const code = FIELD_CODES[name];
  const named = ['minimum', 'maximum', 'enum', 'minLength', 'maxLength'];
  if (code && named.includes(v.keyword)) return [code];
  // "missing" is named for the device id only; a missing mode may be reported either way.
  if (code && v.keyword === 'required') {
    return name === 'deviceCorrelationId' ? [code] : [code, 'InvalidRequestBody', 'BadArgument'];
  }
  return [...CREATE_BAD_REQUEST_CODES];
}
