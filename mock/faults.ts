import type { ContractVersion, SessionFamily } from '../schemas';

/**
 * The catalogue of planted faults: named deviations the mock can be switched into, each breaking exactly
 * one documented rule of CONTRACT.md. They exist to test the tester: a conformance run against a mock with
 * one fault on must report it. Nothing outside mock/ and tests/mock/ may import this file (the suite must
 * not know the faults); a self-check harness is the one exception.
 */

/** The groups of the catalogue, as FAULTS.md lists them. */
export type FaultCategory =
  | 'response schema'
  | 'input validation'
  | 'pagination'
  | 'persistence'
  | 'deletion'
  | 'audit trail & device calls'
  | 'security'
  | 'headers & error format'
  | 'whole sessions & attempts'
  | 'attempt limit & settings';

/**
 * The contracts a fault shows in, each a group of versions whose self-check runs plant it: the previews
 * (CONTRACT.md §1-4); the GA design (§5) of a version without the attempt limit and settings; or a version
 * with them (`attemptLimitAndSettings`: the capabilities attemptLimit, expectedClientIp and settings,
 * v1.3-preview.1's additions, inherited by a version based on it). A fault of those rules is planted only
 * where they are; such a run also plants the GA-design faults its own tests show (the others are proven where
 * the GA design runs without them).
 */
export type FaultContract = 'preview' | 'ga' | 'attemptLimitAndSettings';

/** One planted fault: its name (for --fault / MOCK_FAULTS), its group, the rule it breaks and what it does. */
export interface FaultSpec {
  readonly name: string;
  readonly category: FaultCategory;
  /** The CONTRACT.md rule or section broken. */
  readonly rule: string;
  /** What the mock does differently when the fault is on. */
  readonly behaviour: string;
  /** The contracts whose answers it changes (the self-check plants it in a run of each). */
  readonly contracts: readonly FaultContract[];
  /**
   * The versions whose documents state the rule it breaks, when not every version of its contracts (the
   * mock shows the fault in every version; the self-check plants it only in these).
   */
  readonly versions?: readonly ContractVersion[];
}

const PREVIEW: readonly FaultContract[] = ['preview'];
const BOTH: readonly FaultContract[] = ['preview', 'ga'];
const GA: readonly FaultContract[] = ['ga'];
const ATTEMPT_LIMIT_AND_SETTINGS: readonly FaultContract[] = ['attemptLimitAndSettings'];
/** A rule only v1.2-preview.1's official definitions state (schemas/definitions/officialPreview.ts). */
const V12_PREVIEW_ONLY = ['v1.2-preview.1'] as const;
/** A rule of both previews whose check does not depend on the version: proven in one version's run. */
const ONE_PREVIEW = ['v1.1-preview.1'] as const;
/** A rule of both designs whose check does not depend on the version: proven in one version of each. */
const ONE_OF_EACH = ['v1.1-preview.1', 'v1.2'] as const;

/** Every planted fault, grouped by category, each one `FaultSpec` object. */
export const FAULTS = [
  {
    name: 'status-lowercase',
    category: 'response schema',
    rule: '§2 FaceSessionStatus enum',
    behaviour: 'session status sent in lower case (notstarted)',
    contracts: PREVIEW,
  },
  {
    name: 'created-date-not-rfc3339',
    category: 'response schema',
    rule: '§3 rule 8 (RFC 3339 dates)',
    behaviour: 'createdDateTime in HTTP-date form',
    contracts: PREVIEW,
  },
  {
    name: 'ttl-as-string',
    category: 'response schema',
    rule: '§2 LivenessSessionItem TTL integer',
    behaviour: 'authTokenTimeToLiveInSeconds as a string',
    contracts: PREVIEW,
  },
  {
    name: 'create-missing-auth-token',
    category: 'response schema',
    rule: '§1 ops 1/6: {sessionId, authToken}',
    behaviour: 'create omits authToken',
    contracts: PREVIEW,
  },
  {
    name: 'audit-id-as-string',
    category: 'response schema',
    rule: '§2 LivenessSessionAuditEntry id integer',
    behaviour: 'audit entry id as a string',
    contracts: PREVIEW,
  },
  {
    name: 'decision-outside-enum',
    category: 'response schema',
    rule: '§2 LivenessDecision enum',
    behaviour: 'livenessDecision "real" in results',
    contracts: PREVIEW,
  },
  {
    name: 'spoof-decision-outside-enum',
    category: 'response schema',
    rule: '§2 LivenessDecision enum (every decision a result carries)',
    behaviour: 'a result the simulated model reads as a spoof says livenessDecision "spoof" (other results are right)',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'accept-ttl-below-minimum',
    category: 'input validation',
    rule: '§3 rule 3 (TTL 60..86400)',
    behaviour: 'create accepts TTL under 60',
    contracts: BOTH,
  },
  {
    name: 'accept-ttl-above-maximum',
    category: 'input validation',
    rule: '§3 rule 3 (TTL 60..86400)',
    behaviour: 'create accepts TTL over 86400',
    contracts: BOTH,
  },
  {
    name: 'accept-missing-operation-mode',
    category: 'input validation',
    rule: '§3 rule 3 (mode required)',
    behaviour: 'create accepts no mode',
    contracts: BOTH,
  },
  {
    name: 'accept-unknown-operation-mode',
    category: 'input validation',
    rule: '§3 rule 3 (mode enum)',
    behaviour: 'create accepts any mode string',
    contracts: BOTH,
  },
  {
    name: 'accept-missing-device-id',
    category: 'input validation',
    rule: '§3 rule 3 (device id unless SetInClient)',
    behaviour: 'create accepts a missing deviceCorrelationId with SetInClient false',
    contracts: BOTH,
  },
  {
    name: 'accept-long-device-id',
    category: 'input validation',
    rule: '§3 error codes (device id ≤ 64 chars)',
    behaviour: 'accepts a 65-char device id',
    contracts: BOTH,
  },
  {
    name: 'malformed-json-500',
    category: 'input validation',
    rule: '§3 rule 6 (never a 5xx for a malformed request)',
    behaviour: 'bad JSON → 500',
    contracts: BOTH,
  },
  {
    name: 'accept-top-out-of-range',
    category: 'pagination',
    rule: '§3 rule 1 (top 1..1000, else 400)',
    behaviour: 'list accepts top=0 or 1001',
    contracts: PREVIEW,
  },
  {
    name: 'accept-long-start',
    category: 'pagination',
    rule: '§3 rule 1 (start ≤ 64 chars, else 400)',
    behaviour: 'list accepts a 65-char start',
    contracts: PREVIEW,
  },
  {
    name: 'list-unsorted',
    category: 'pagination',
    rule: '§3 rule 1 (sorted by id ascending)',
    behaviour: 'list sorted by id descending',
    contracts: PREVIEW,
  },
  {
    name: 'list-start-inclusive',
    category: 'pagination',
    rule: '§3 rule 1 (only ids greater than start)',
    behaviour: 'list includes id == start',
    contracts: PREVIEW,
  },
  {
    name: 'list-top-ignored',
    category: 'pagination',
    rule: '§3 rule 1 (at most top items)',
    behaviour: 'list ignores top',
    contracts: PREVIEW,
  },
  {
    name: 'audit-start-ignored',
    category: 'pagination',
    rule: '§3 rule 2 (only entries with a greater id)',
    behaviour: 'audit ignores start',
    contracts: PREVIEW,
  },
  {
    name: 'audit-top-ignored',
    category: 'pagination',
    rule: '§3 rule 2 (at most top entries)',
    behaviour: 'audit ignores top',
    contracts: PREVIEW,
  },
  {
    name: 'ttl-not-persisted',
    category: 'persistence',
    rule: '§3 rule 3 (readable with the TTL sent)',
    behaviour: 'GET shows TTL 600 whatever was sent',
    contracts: PREVIEW,
  },
  {
    name: 'default-ttl-not-600',
    category: 'persistence',
    rule: '§3 rule 3 (default TTL 600)',
    behaviour: 'TTL defaults to 300',
    contracts: PREVIEW,
  },
  {
    name: 'device-id-not-persisted',
    category: 'persistence',
    rule: '§3 rule 3 (readable with the device id sent)',
    behaviour: 'GET/list show deviceCorrelationId null',
    contracts: PREVIEW,
  },
  {
    name: 'default-ttl-wrong-when-set-in-client',
    category: 'persistence',
    rule: '§3 rule 3 (default TTL 600, whatever the other options)',
    behaviour: 'TTL defaults to 300 when deviceCorrelationIdSetInClient is true',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'session-start-moves',
    category: 'persistence',
    rule: '§2 sessionStartDateTime (when the device started the session: set once)',
    behaviour: 'sessionStartDateTime moves to the time of each later device call',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'image-at-create-result-stale',
    category: 'audit trail & device calls',
    rule: '§1 device calls (result = newest entry), for a session created with its verify image',
    behaviour: 'a with-verify session created in multipart keeps its first result after later device calls',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'new-session-started',
    category: 'persistence',
    rule: '§3 rule 3 (a new session is NotStarted)',
    behaviour: 'new sessions are Started',
    contracts: PREVIEW,
  },
  {
    name: 'new-session-has-result',
    category: 'persistence',
    rule: '§3 rule 4 (result only when ResultAvailable)',
    behaviour: 'new session has result',
    contracts: PREVIEW,
  },
  {
    name: 'created-session-not-listed',
    category: 'persistence',
    rule: '§3 rule 3 (listed by its family)',
    behaviour: 'newest session left out of lists',
    contracts: PREVIEW,
  },
  {
    name: 'get-after-delete-200',
    category: 'deletion',
    rule: '§3 rule 5 (Get Result gives 404 after delete)',
    behaviour: 'deleted sessions readable',
    contracts: PREVIEW,
  },
  {
    name: 'deleted-still-listed',
    category: 'deletion',
    rule: '§3 rule 5 (a deleted session leaves the list)',
    behaviour: 'deleted sessions listed',
    contracts: PREVIEW,
  },
  {
    name: 'token-works-after-delete',
    category: 'deletion',
    rule: '§1 device calls (token stops working on delete)',
    behaviour: "a deleted session's token still works on the device path",
    contracts: [...BOTH, 'attemptLimitAndSettings'],
  },
  {
    name: 'delete-answers-204',
    category: 'deletion',
    rule: '§1 ops 4/10 (200, empty body)',
    behaviour: 'DELETE answers 204',
    contracts: PREVIEW,
  },
  {
    name: 'second-delete-succeeds',
    category: 'deletion',
    rule: '§3 rules 5-6 (a deleted session is unknown: 404)',
    behaviour: 'a second DELETE of a deleted session answers its success status again',
    contracts: BOTH,
    versions: ONE_OF_EACH,
  },
  {
    name: 'delete-crosses-families',
    category: 'deletion',
    rule: "§1 two families; §3 rule 6 (the other family's DELETE does not know the id: 404)",
    behaviour: "the other family's DELETE deletes the session",
    contracts: BOTH,
    versions: ONE_OF_EACH,
  },
  {
    name: 'audit-after-delete-200',
    category: 'deletion',
    rule: '§3 rule 6 (the audit trail of a deleted session: 404)',
    behaviour: 'the audit trail of a deleted session still answers 200 with its entries',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'session-image-kept-after-delete',
    category: 'deletion',
    rule: '§5, v1.2 swagger Delete Session ("deleted session and all correlated data")',
    behaviour: "a deleted session's session images stay readable",
    contracts: GA,
  },
  {
    name: 'delete-drops-every-image',
    category: 'deletion',
    rule: '§3 rule 5, v1.2 swagger GetSessionImage (a stored image reads 200) and Delete Session (its own correlated data)',
    behaviour: "a delete drops every session's session images, another live session's too",
    contracts: GA,
  },
  {
    name: 'audit-request-id-mismatch',
    category: 'audit trail & device calls',
    rule: '§1 device calls (requestId = apim-request-id)',
    behaviour: 'audit requestId is a fresh UUID, not the apim-request-id the device got',
    contracts: PREVIEW,
  },
  {
    name: 'audit-client-request-id-dropped',
    category: 'audit trail & device calls',
    rule: '§1 device calls (clientRequestId)',
    behaviour: 'audit clientRequestId is null whatever the device sent',
    contracts: PREVIEW,
  },
  {
    name: 'audit-content-length-wrong',
    category: 'audit trail & device calls',
    rule: '§1 device calls (contentLength = bytes)',
    behaviour: 'audit contentLength is the body length plus one',
    contracts: PREVIEW,
  },
  {
    name: 'result-not-newest-entry',
    category: 'audit trail & device calls',
    rule: '§1 device calls (result = newest entry)',
    behaviour: 'result is the oldest audit entry, not the newest',
    contracts: PREVIEW,
  },
  {
    name: 'send-results-to-client-ignored',
    category: 'audit trail & device calls',
    rule: '§1 device calls (200 + body when true)',
    behaviour: 'the device always gets 204, even when sendResultsToClient is true',
    contracts: PREVIEW,
  },
  {
    name: 'audit-other-session-entry',
    category: 'audit trail & device calls',
    rule: '§3 rule 2 (entries of the session asked)',
    behaviour: 'audit lists add an entry whose sessionId is another session',
    contracts: PREVIEW,
  },
  {
    name: 'device-accepts-resource-key',
    category: 'security',
    rule: '§1 device calls (never accept the resource key)',
    behaviour: 'device calls accept the resource key (Ocp-Apim-Subscription-Key)',
    contracts: BOTH,
  },
  {
    name: 'expired-token-accepted',
    category: 'security',
    rule: '§1 device calls (token stops after TTL)',
    behaviour: 'TTL ignored for tokens',
    contracts: BOTH,
  },
  {
    name: 'management-accepts-session-token',
    category: 'security',
    rule: '§1 device calls (management never takes a token)',
    behaviour: 'management calls accept a session token as a bearer token',
    contracts: BOTH,
  },
  {
    name: 'missing-key-accepted',
    category: 'security',
    rule: '§3 rule 7 (no key: 401)',
    behaviour: 'management calls without credentials succeed',
    contracts: BOTH,
  },
  {
    name: 'wrong-key-accepted',
    category: 'security',
    rule: '§3 rule 7 (wrong key: 401)',
    behaviour: 'any non-empty subscription key succeeds',
    contracts: BOTH,
  },
  {
    name: 'apim-request-id-missing',
    category: 'headers & error format',
    rule: '§3 rule 7 (every response has apim-request-id)',
    behaviour: 'no apim-request-id header on any response',
    contracts: BOTH,
  },
  {
    name: 'error-code-header-mismatch',
    category: 'headers & error format',
    rule: '§3 rule 6 (x-ms-error-code = error.code)',
    behaviour: 'x-ms-error-code is always "Error"',
    contracts: BOTH,
  },
  {
    name: 'error-body-unwrapped',
    category: 'headers & error format',
    rule: '§3 rule 6 (FaceErrorResponse body)',
    behaviour: '{code,message} unwrapped',
    contracts: BOTH,
  },
  {
    name: 'unknown-session-400',
    category: 'headers & error format',
    rule: '§3 rule 6 (unknown session id: 404)',
    behaviour: 'answers 400',
    contracts: BOTH,
  },
  {
    name: 'unknown-session-500',
    category: 'headers & error format',
    rule: '§3 rule 6 (unknown session: 404, never 5xx)',
    behaviour: 'answers 500',
    contracts: BOTH,
  },
  {
    name: 'json-content-type-text-plain',
    category: 'headers & error format',
    rule: '§2 (JSON bodies)',
    behaviour: 'JSON sent as text/plain',
    contracts: BOTH,
  },
  {
    name: 'error-code-generic',
    category: 'headers & error format',
    rule: '§3 (documented error codes, e.g. TTL out of range: InvalidTokenLifetime)',
    behaviour: 'create refusals answer the generic BadArgument instead of the documented code',
    contracts: BOTH,
  },
  {
    name: 'paging-skips-next',
    category: 'pagination',
    rule: '§3 rule 1 (paging covers every session once)',
    behaviour: 'a list with start leaves out the first session after start',
    contracts: PREVIEW,
  },
  {
    name: 'status-not-updated',
    category: 'persistence',
    rule: '§3 rule 4 (result only when ResultAvailable)',
    behaviour: 'a session with a result still says NotStarted',
    contracts: PREVIEW,
  },
  {
    name: 'device-call-two-entries',
    category: 'audit trail & device calls',
    rule: '§1 device calls (each call appends one entry)',
    behaviour: 'each device call appends two audit entries',
    contracts: PREVIEW,
  },
  {
    name: 'ga-create-started',
    category: 'whole sessions & attempts',
    rule: '§5 (a new session is NotStarted)',
    behaviour: 'create answers status Started',
    contracts: GA,
  },
  {
    name: 'ga-create-answers-201',
    category: 'whole sessions & attempts',
    rule: '§5 (create answers 200)',
    behaviour: 'create answers 201 with the session',
    contracts: GA,
  },
  {
    name: 'ga-get-token-changed',
    category: 'whole sessions & attempts',
    rule: '§5 (Get Session Result returns the session create returned)',
    behaviour: 'get answers another (non-empty) authToken than create did',
    contracts: GA,
  },
  {
    name: 'ga-delete-answers-202',
    category: 'whole sessions & attempts',
    rule: '§5 (DELETE answers 204; the v1.2 examples 200)',
    behaviour: 'DELETE answers 202 Accepted',
    contracts: GA,
  },
  {
    name: 'ga-get-after-delete-200',
    category: 'whole sessions & attempts',
    rule: '§3 rules 5-6 (deleted: 404)',
    behaviour: 'a deleted session stays readable',
    contracts: GA,
  },
  {
    name: 'ga-attempts-from-zero',
    category: 'whole sessions & attempts',
    rule: '§5 (attemptId from 1)',
    behaviour: 'attempts are numbered from 0',
    contracts: GA,
  },
  {
    name: 'refuse-ttl-on-bound',
    category: 'input validation',
    rule: '§3 rule 3 (TTL 60..86400: 60 and 86400 are valid)',
    behaviour: 'create refuses TTL exactly 60 or 86400 (400 InvalidTokenLifetime)',
    contracts: BOTH,
  },
  {
    name: 'refuse-64-char-device-id',
    category: 'input validation',
    rule: '§3 error codes (device id up to 64 chars: 64 is valid)',
    behaviour: 'create refuses a deviceCorrelationId of exactly 64 characters',
    contracts: BOTH,
  },
  {
    name: 'device-id-length-in-bytes',
    category: 'input validation',
    rule: '§3 error codes (device id up to 64 characters, not bytes: 64 "é" is valid)',
    behaviour: 'create counts the deviceCorrelationId limit in UTF-8 bytes (64 non-ASCII characters refused)',
    contracts: BOTH,
  },
  {
    name: 'accept-non-integer-ttl',
    category: 'input validation',
    rule: '§2 authTokenTimeToLiveInSeconds integer (600.5 is no integer)',
    behaviour: 'create accepts a fractional TTL and truncates it (600.5 → 600)',
    contracts: BOTH,
  },
  {
    name: 'refuse-top-on-bound',
    category: 'pagination',
    rule: '§3 rule 1 (top 1..1000: 1000 is valid)',
    behaviour: 'list and audit refuse top=1000',
    contracts: PREVIEW,
  },
  {
    name: 'refuse-64-char-start',
    category: 'pagination',
    rule: '§3 rule 1 (start up to 64 chars: 64 is valid)',
    behaviour: 'list refuses a start of exactly 64 characters',
    contracts: PREVIEW,
  },
  {
    name: 'families-share-ids',
    category: 'persistence',
    rule: '§1 two families; §3 rule 6 (an id of the other family is unknown: 404)',
    behaviour: "get, delete and audit of one family find the other family's sessions",
    contracts: BOTH,
  },
  {
    name: 'token-crosses-families',
    category: 'security',
    rule: "§1 device calls (a token authorises only its own family's call)",
    behaviour: "a device call accepts the token of the other family's session",
    contracts: BOTH,
  },
  // v1.2 (GA) at the depth of the previews (issue 15): one or more faults per rule family of v1.2.
  {
    name: 'ga-result-without-targets',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessResult (targets required)',
    behaviour: 'attempt results leave out targets',
    contracts: GA,
  },
  {
    name: 'attempt-spoof-decision-outside-enum',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessDecision enum (every attempt result carries one of its values)',
    behaviour:
      'an attempt whose frames the simulated model reads as a spoof says livenessDecision "spoof" (others are right)',
    contracts: GA,
  },
  {
    name: 'ga-face-rectangle-fractional',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger FaceRectangle (integer members)',
    behaviour: 'faceRectangle.width is 646.5',
    contracts: GA,
  },
  {
    name: 'ga-face-rectangle-beyond-int32',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger FaceRectangle (int32 members)',
    behaviour: 'faceRectangle.top is 2^31',
    contracts: GA,
  },
  {
    name: 'ga-match-confidence-above-one',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessWithVerifyOutputs.matchConfidence (0..1)',
    behaviour: 'with-verify results answer matchConfidence 1.5',
    contracts: GA,
  },
  {
    name: 'ga-verify-references-missing',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessWithVerifySessionResults (verifyReferences required)',
    behaviour: 'with-verify sessions leave out results.verifyReferences',
    contracts: GA,
  },
  {
    name: 'ga-session-without-results',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessSession (results required)',
    behaviour: 'sessions are answered without results',
    contracts: GA,
  },
  {
    name: 'ga-attempt-result-and-error',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger LivenessSessionAttempt (result or error, never both)',
    behaviour: 'each attempt carries an error beside its result',
    contracts: GA,
  },
  {
    name: 'ga-status-outside-enum',
    category: 'whole sessions & attempts',
    rule: '§5 status enum (OperationState)',
    behaviour: 'new sessions say "Completed"',
    contracts: GA,
  },
  {
    name: 'ga-status-ignores-attempts',
    category: 'whole sessions & attempts',
    rule: '§5, reference README item 1 (a session with an attempt is not NotStarted)',
    behaviour: 'sessions say NotStarted whatever their attempts',
    contracts: GA,
  },
  {
    name: 'ga-attempt-replaces-previous',
    category: 'whole sessions & attempts',
    rule: '§5 (each device call appends one attempt)',
    behaviour: 'a device call replaces the earlier attempts with its own',
    contracts: GA,
  },
  {
    name: 'ga-attempt-ids-skip',
    category: 'whole sessions & attempts',
    rule: '§5 (attemptId from 1, the next each call)',
    behaviour: 'attempt ids run 1, 3, 5…',
    contracts: GA,
  },
  {
    name: 'ga-device-call-no-attempt',
    category: 'whole sessions & attempts',
    rule: '§5 (each device call appends one attempt)',
    behaviour: 'device calls answer 204 but append no attempt',
    contracts: GA,
  },
  {
    name: 'ga-session-image-not-stored',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger enableSessionImage (store the session image; sessionImageId)',
    behaviour: 'attempts of sessions with enableSessionImage name no session image',
    contracts: GA,
  },
  {
    name: 'ga-session-image-not-image',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger GetSessionImage (200: the image)',
    behaviour: 'Get Session Image answers text bytes, not an image',
    contracts: GA,
  },
  {
    name: 'session-image-without-content-type',
    category: 'headers & error format',
    rule: '§5, v1.2 swagger GetSessionImage (produces application/octet-stream)',
    behaviour: 'a session image is answered with no Content-Type',
    contracts: GA,
  },

  {
    name: 'ga-session-image-unreadable',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger GetSessionImage (the stored image is readable)',
    behaviour: 'Get Session Image answers 404 for every id, stored ones too',
    contracts: GA,
  },
  {
    name: 'ga-unknown-image-500',
    category: 'whole sessions & attempts',
    rule: '§3 rule 6 (an unknown id: 404, never 5xx)',
    behaviour: 'Get Session Image of an unknown id answers 500',
    contracts: GA,
  },
  {
    name: 'ga-verify-image-hash-wrong',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger verifyImageHash (the SHA-256 of the verify image)',
    behaviour: 'verifyImageHash is the SHA-256 of the device frames, not of the verify image',
    contracts: GA,
  },
  {
    name: 'ga-session-image-always-stored',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger enableSessionImage (whether or not store the session image)',
    behaviour: 'every attempt names a stored session image, even when the create did not ask for it',
    contracts: GA,
  },
  {
    name: 'ga-verify-image-hash-always-returned',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger returnVerifyImageHash (whether or not return the verify image hash)',
    behaviour: 'every with-verify result carries verifyImageHash, even when the create did not ask for it',
    contracts: GA,
  },
  {
    name: 'ga-default-ttl-too-long',
    category: 'whole sessions & attempts',
    rule: '§5, v1.2 swagger authTokenTimeToLiveInSeconds (default 600)',
    behaviour: 'sessions created without a TTL live an hour',
    contracts: [...GA, 'attemptLimitAndSettings'],
  },
  {
    name: 'ga-accept-threshold-out-of-range',
    category: 'input validation',
    rule: '§5, v1.2 swagger verifyConfidenceThreshold (0..1)',
    behaviour: 'the with-verify create accepts verifyConfidenceThreshold below 0 or above 1',
    contracts: GA,
  },
  {
    name: 'ga-accept-unknown-model-version',
    category: 'input validation',
    rule: '§5, v1.2 swagger livenessModelVersion enum (2024-11-15)',
    behaviour: 'create accepts any livenessModelVersion',
    contracts: GA,
  },
  {
    name: 'ga-accept-missing-verify-image',
    category: 'input validation',
    rule: '§5, v1.2 swagger verifyImage (required)',
    behaviour: 'the with-verify create accepts a body without the verifyImage part',
    contracts: GA,
  },
  {
    name: 'created-date-in-future',
    category: 'persistence',
    rule: '§2 createdDateTime (when the session was created)',
    behaviour: 'createdDateTime is one day after the create',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'created-date-changes',
    category: 'persistence',
    rule: '§2 createdDateTime (when the session was created)',
    behaviour: 'createdDateTime is the time of each read, not of the create',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'session-expired-from-start',
    category: 'persistence',
    rule: '§2 sessionExpired (whether the session has expired)',
    behaviour: 'sessionExpired is true from the create on',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'session-never-expires',
    category: 'persistence',
    rule: '§2 sessionExpired (whether the session has expired)',
    behaviour: 'sessionExpired stays false after the TTL',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'list-expired-flag-stale',
    category: 'persistence',
    rule: '§2 sessionExpired (whether the session has expired)',
    behaviour: 'a listed session keeps the sessionExpired it showed when first listed (a get shows it right)',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'verify-result-on-liveness',
    category: 'audit trail & device calls',
    rule: '§2 LivenessResponseBody.verifyResult (only for liveness with verify)',
    behaviour: 'liveness (without verify) results carry a verifyResult',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'audit-body-missing-on-204',
    category: 'audit trail & device calls',
    rule: '§1 device calls (response.body always, even when the device got 204)',
    behaviour: 'an audit entry of a call answered 204 has no response.body',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'list-default-top-small',
    category: 'pagination',
    rule: '§3 rule 1 (top default 1000)',
    behaviour: 'a list without top holds 1 item',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'list-default-top-two',
    category: 'pagination',
    rule: '§3 rule 1 (top default 1000)',
    behaviour: 'a list without top holds 2 items',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'audit-start-as-text',
    category: 'pagination',
    rule: '§3 rule 2 (entries whose id is greater than start; ids are integers)',
    behaviour: 'audit start compares ids as text: after 9, entries 10 and 11 are left out',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'audit-content-length-in-characters',
    category: 'audit trail & device calls',
    rule: '§1 device calls (contentLength = bytes)',
    behaviour: 'audit contentLength counts the body as UTF-8 characters, not bytes',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'audit-default-top-small',
    category: 'pagination',
    rule: '§3 rule 2 (top default 1000)',
    behaviour: 'an audit read without top holds 1 entry',
    contracts: PREVIEW,
    versions: ONE_PREVIEW,
  },
  {
    name: 'session-expired-flag-missing',
    category: 'response schema',
    rule: '§5 v1.2-preview.1 definitions (LivenessSession/Item require sessionExpired)',
    behaviour: 'sessions and list items leave sessionExpired out',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'audit-digest-missing',
    category: 'response schema',
    rule: '§5 v1.2-preview.1 definitions (LivenessSessionAuditEntry requires digest)',
    behaviour: 'audit entries leave digest out',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'target-file-name-missing',
    category: 'response schema',
    rule: '§5 v1.2-preview.1 definitions (LivenessOutputsTarget requires fileName)',
    behaviour: 'liveness results leave target.fileName out',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'unknown-session-image-500',
    category: 'headers & error format',
    rule: '§3 rule 6 (an unknown id: 404, never 5xx), v1.2-preview.1 Get Session Image',
    behaviour: 'Get Session Image of an unknown id answers 500',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'session-image-not-stored',
    category: 'audit trail & device calls',
    rule: '§1 v1.2-preview.1 enableSessionImage (seed 003: whether the session image is stored)',
    behaviour: 'enableSessionImage is ignored: no image stored, no sessionImageId',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'verify-image-hash-not-returned',
    category: 'audit trail & device calls',
    rule: "§1 v1.2-preview.1 returnVerifyImageHash (seed 003: whether the verify image's hash is returned)",
    behaviour: 'returnVerifyImageHash is ignored: no verifyImageHash',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'model-version-ignored',
    category: 'audit trail & device calls',
    rule: '§1 v1.2-preview.1 livenessSingleModalModel (seed 003: the model used for the classification)',
    behaviour: 'results name the default model whatever the session asked for',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'session-image-always-stored',
    category: 'audit trail & device calls',
    rule: '§1 v1.2-preview.1 enableSessionImage (seed 003: whether the session image is stored; false: not stored)',
    behaviour: 'a session image is stored and named even without enableSessionImage',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'verify-image-hash-always-returned',
    category: 'audit trail & device calls',
    rule: "§1 v1.2-preview.1 returnVerifyImageHash (seed 003: whether the verify image's hash is returned; false: not)",
    behaviour: 'verifyImageHash is returned even without returnVerifyImageHash',
    contracts: PREVIEW,
    versions: V12_PREVIEW_ONLY,
  },
  {
    name: 'v13-attempts-beyond-allowed-accepted',
    category: 'attempt limit & settings',
    rule: '§5 (attempts beyond numberOfClientAttemptsAllowed are refused)',
    behaviour: 'a device call past the allowed number still appends an attempt',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-attempts-allowed-ignored',
    category: 'attempt limit & settings',
    rule: '§5 (numberOfClientAttemptsAllowed: the attempts a session allows)',
    behaviour: 'every session allows 3 attempts, whatever was asked',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-expected-ip-not-kept',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger LivenessSession.expectedClientIpAddress (the value sent at create)',
    behaviour: 'sessions never show the expectedClientIpAddress sent at create',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-expected-ip-forgotten-after-attempt',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger LivenessSession.expectedClientIpAddress (the value create sent, on every read)',
    behaviour: 'once the session has an attempt, its reads leave expectedClientIpAddress out',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-settings-not-persisted',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger PATCH /settings (Update the liveness setting object)',
    behaviour: 'settings always read abuse monitoring off, whatever PATCH set',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-settings-set-back-ignored',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger PATCH /settings (Update the liveness setting object), back to the value before',
    behaviour: 'a PATCH turning abuse monitoring back off answers off but keeps it on',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-settings-empty-patch-turns-on',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger PATCH /settings (SettingsUpdate requires no member: a PATCH that sets nothing changes nothing)',
    behaviour: 'a PATCH without livenessAbuseMonitoring.enabled turns abuse monitoring on',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'model-version-changes',
    category: 'whole sessions & attempts',
    rule: '§5, conflict ga-model-version-until-attempt (modelVersion, when shown, is the model asked for)',
    behaviour: 'a session with two attempts reports modelVersion 2025-05-20, whatever it was created with',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-client-token-not-base64',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger ClientAssetsAccessTokenResponse.base64AccessToken (the base64 encoded access token)',
    behaviour: 'base64AccessToken is not base64 text',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-session-image-not-image',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger GetSessionImage (Get session image stored during the liveness session)',
    behaviour: 'a session image is served as JSON text, not the image bytes the device sent',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-abuse-flag-as-text',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger LivenessSession.isAbuseMonitoringEnabled (an object; a boolean in the examples and the service)',
    behaviour: 'sessions show isAbuseMonitoringEnabled as the text "true" or "false"',
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
  {
    name: 'v13-client-information-without-ip',
    category: 'attempt limit & settings',
    rule: '§5 v1.3 swagger ClientInformation (ip required)',
    behaviour: "an attempt's clientInformation names the address `address` instead of `ip`",
    contracts: ATTEMPT_LIMIT_AND_SETTINGS,
  },
] as const satisfies readonly FaultSpec[];

/** The name of a planted fault. */
export type FaultName = (typeof FAULTS)[number]['name'];

/** Every fault name, in catalogue order. */
export const FAULT_NAMES: readonly FaultName[] = FAULTS.map((x) => x.name);

/** Whether a string names a planted fault. */
export function isFaultName(name: string): name is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(name);
}

/** The faults switched on for one mock: asked with `has(name)`. */
export interface FaultSet {
  has(name: FaultName): boolean;
  readonly names: readonly FaultName[];
}

/** Parses fault names (from flags, MOCK_FAULTS or options); throws naming the unknown one and the known ones. */
export function faultSet(names: readonly string[] = []): FaultSet {
  const on = new Set<FaultName>();
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    if (!isFaultName(name)) {
      throw new Error(`unknown fault "${name}"; known faults: ${FAULT_NAMES.join(', ')} (see mock/FAULTS.md)`);
    }
    on.add(name);
  }
  return { has: (name) => on.has(name), names: [...on] };
}

/** The other session family: where the faults that cross families look (never in a clean mock). */
export const otherFamily = (family: SessionFamily): SessionFamily =>
  family === 'liveness' ? 'livenessWithVerify' : 'liveness';

/** Under a fault that crosses families: the session of either family with the id, the path's own first. */
export const eitherFamily = <S>(find: (family: SessionFamily) => S | undefined, family: SessionFamily): S | undefined =>
  find(family) ?? find(otherFamily(family));
