/**
 * Which error codes a server must answer for a given request violation. The only document that names
 * codes is CONTRACT.md §3 ("Error codes from the service's published error-code reference"); the
 * swaggers of v1.2 and v1.3-preview.1 have only a `default` error (`FaceErrorResponse`, "One of a
 * server-defined set of error codes"). So an exact code is demanded only where CONTRACT.md §3 names one
 * for the case (`NAMED_CASES`); everywhere else any code in the `FaceErrorResponse` shape is legal.
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

/** The 400 codes CONTRACT.md §3 lists for create requests (which one answers what: `documentedCodesFor`). */
export const CREATE_BAD_REQUEST_CODES = [
  'BadArgument',
  'InvalidRequestBody',
  'InvalidTokenLifetime',
  'InvalidLivenessOperationMode',
  'InvalidDeviceCorrelationId',
] as const;

/**
 * Codes of the operations on one session, by status: CONTRACT.md §3 "404 `SessionNotFound`, 401 with
 * code "401", 429 with code "429" (rate limit)" (the real v1.2 service answers the same 404, recordings).
 */
export const SESSION_ERRORS: Record<number, string[]> = { 401: ['401'], 404: ['SessionNotFound'], 429: ['429'] };

/** Documented error codes of the create operations (CONTRACT.md §3), by status. */
export const CREATE_ERRORS: Record<number, string[]> = {
  400: [...CREATE_BAD_REQUEST_CODES],
  401: ['401'],
  429: ['429'],
};

/** A body field CONTRACT.md §3 names a code for, and the violations (keywords) the code is for. */
interface NamedCase {
  code: string;
  keywords: readonly string[];
  /** CONTRACT.md §3's words for the case. */
  words: string;
}

/**
 * The body violations CONTRACT.md §3 names a code for. `InvalidDeviceCorrelationId` is the only code
 * whose cases are spelled out ("missing, empty or over 64 characters"); `InvalidTokenLifetime` and
 * `InvalidLivenessOperationMode` name their case by their name (a lifetime outside 60..86400, a mode
 * outside the enum). A wrong JSON type, a missing mode, a malformed value of a format read from a
 * description: no document names a code, so none is demanded.
 */
const NAMED_CASES: Record<string, NamedCase> = {
  authTokenTimeToLiveInSeconds: {
    code: 'InvalidTokenLifetime',
    keywords: ['minimum', 'maximum'],
    words: '400 `InvalidTokenLifetime` (TTL 60..86400, §3 rule 3)',
  },
  livenessOperationMode: {
    code: 'InvalidLivenessOperationMode',
    keywords: ['enum', 'const'],
    words: '400 `InvalidLivenessOperationMode` ("one of the enum", §3 rule 3)',
  },
  deviceCorrelationId: {
    code: 'InvalidDeviceCorrelationId',
    keywords: ['required', 'minLength', 'maxLength'],
    words: '400 `InvalidDeviceCorrelationId` (missing, empty or over 64 characters)',
  },
};

/** The field a violation is about: the first pointer segment, or the missing property. */
function field(v: RequestViolation): string {
  if (v.keyword === 'required' && v.missingProperty) return v.missingProperty;
  return v.instancePath.split('/')[1] ?? '';
}

/**
 * The codes a server may answer with for one violation, or `undefined` where no document names one (any
 * code in the `FaceErrorResponse` shape is then legal). Query violations (`start`, `top`) are
 * `BadArgument` ("bad `start`/`top`"); an unknown path id is `SessionNotFound` or `BadArgument`; a body
 * violation has its field's code where `NAMED_CASES` holds it.
 */
export function documentedCodesFor(v: RequestViolation): string[] | undefined {
  if (v.location === 'query') return ['BadArgument'];
  if (v.location === 'path') return ['SessionNotFound', 'BadArgument'];
  const named = NAMED_CASES[field(v)] as NamedCase | undefined;
  return named?.keywords.includes(v.keyword) ? [named.code] : undefined;
}
