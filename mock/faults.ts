import type { ContractVersion } from '../schemas';

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
 * The contracts a fault shows in: the previews (CONTRACT.md §1-4), the v1.2 GA redesign (§5), or
 * v1.3-preview.1's additions to it (a fault of v1.3's own rules is planted in v1.3 runs only).
 */
export type FaultContract = 'preview' | 'ga' | 'v1.3-preview.1';

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
/** A rule only v1.2-preview.1's official definitions state (schemas/definitions/officialPreview.ts). */
const V12_PREVIEW_ONLY = { versions: ['v1.2-preview.1'] as const };
/** A rule of both previews whose check does not depend on the version: proven in one version's run. */
const ONE_PREVIEW = { versions: ['v1.1-preview.1'] as const };
/** A rule of both designs whose check does not depend on the version: proven in one version of each. */
const ONE_OF_EACH = { versions: ['v1.1-preview.1', 'v1.2'] as const };
const BOTH: readonly FaultContract[] = ['preview', 'ga'];
const GA: readonly FaultContract[] = ['ga'];
const V13: readonly FaultContract[] = ['v1.3-preview.1'];

const f = <N extends string>(
  name: N,
  category: FaultCategory,
  rule: string,
  behaviour: string,
  contracts: readonly FaultContract[] = PREVIEW,
) => ({ name, category, rule, behaviour, contracts }) satisfies FaultSpec;

/** Every planted fault, grouped by category. */
export const FAULTS = [
  f(
    'status-lowercase',
    'response schema',
    '§2 FaceSessionStatus enum',
    'session status sent in lower case (notstarted)',
  ),
  f('created-date-not-rfc3339', 'response schema', '§3 rule 8 (RFC 3339 dates)', 'createdDateTime in HTTP-date form'),
  f(
    'ttl-as-string',
    'response schema',
    '§2 LivenessSessionItem TTL integer',
    'authTokenTimeToLiveInSeconds as a string',
  ),
  f('create-missing-auth-token', 'response schema', '§1 ops 1/6: {sessionId, authToken}', 'create omits authToken'),
  f('audit-id-as-string', 'response schema', '§2 LivenessSessionAuditEntry id integer', 'audit entry id as a string'),
  f('decision-outside-enum', 'response schema', '§2 LivenessDecision enum', 'livenessDecision "real" in results'),
  f('accept-ttl-below-minimum', 'input validation', '§3 rule 3 (TTL 60..86400)', 'create accepts TTL under 60', BOTH),
  f('accept-ttl-above-maximum', 'input validation', '§3 rule 3 (TTL 60..86400)', 'create accepts TTL over 86400', BOTH),
  f('accept-missing-operation-mode', 'input validation', '§3 rule 3 (mode required)', 'create accepts no mode', BOTH),
  f(
    'accept-unknown-operation-mode',
    'input validation',
    '§3 rule 3 (mode enum)',
    'create accepts any mode string',
    BOTH,
  ),
  f(
    'accept-missing-device-id',
    'input validation',
    '§3 rule 3 (device id unless SetInClient)',
    'create accepts a missing deviceCorrelationId with SetInClient false',
    BOTH,
  ),
  f(
    'accept-long-device-id',
    'input validation',
    '§3 error codes (device id ≤ 64 chars)',
    'accepts a 65-char device id',
    BOTH,
  ),
  f(
    'malformed-json-500',
    'input validation',
    '§3 rule 6 (never a 5xx for a malformed request)',
    'bad JSON → 500',
    BOTH,
  ),
  f('accept-top-out-of-range', 'pagination', '§3 rule 1 (top 1..1000, else 400)', 'list accepts top=0 or 1001'),
  f('accept-long-start', 'pagination', '§3 rule 1 (start ≤ 64 chars, else 400)', 'list accepts a 65-char start'),
  f('list-unsorted', 'pagination', '§3 rule 1 (sorted by id ascending)', 'list sorted by id descending'),
  f('list-start-inclusive', 'pagination', '§3 rule 1 (only ids greater than start)', 'list includes id == start'),
  f('list-top-ignored', 'pagination', '§3 rule 1 (at most top items)', 'list ignores top'),
  f('audit-start-ignored', 'pagination', '§3 rule 2 (only entries with a greater id)', 'audit ignores start'),
  f('audit-top-ignored', 'pagination', '§3 rule 2 (at most top entries)', 'audit ignores top'),
  f(
    'ttl-not-persisted',
    'persistence',
    '§3 rule 3 (readable with the TTL sent)',
    'GET shows TTL 600 whatever was sent',
  ),
  f('default-ttl-not-600', 'persistence', '§3 rule 3 (default TTL 600)', 'TTL defaults to 300'),
  f(
    'device-id-not-persisted',
    'persistence',
    '§3 rule 3 (readable with the device id sent)',
    'GET/list show deviceCorrelationId null',
  ),
  {
    ...f(
      'default-ttl-wrong-when-set-in-client',
      'persistence',
      '§3 rule 3 (default TTL 600, whatever the other options)',
      'TTL defaults to 300 when deviceCorrelationIdSetInClient is true',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'session-start-moves',
      'persistence',
      '§2 sessionStartDateTime (when the device started the session: set once)',
      'sessionStartDateTime moves to the time of each later device call',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'image-at-create-result-stale',
      'audit trail & device calls',
      '§1 device calls (result = newest entry), for a session created with its verify image',
      'a with-verify session created in multipart keeps its first result after later device calls',
    ),
    ...ONE_PREVIEW,
  },
  f('new-session-started', 'persistence', '§3 rule 3 (a new session is NotStarted)', 'new sessions are Started'),
  f('new-session-has-result', 'persistence', '§3 rule 4 (result only when ResultAvailable)', 'new session has result'),
  f(
    'created-session-not-listed',
    'persistence',
    '§3 rule 3 (listed by its family)',
    'newest session left out of lists',
  ),
  f('get-after-delete-200', 'deletion', '§3 rule 5 (Get Result gives 404 after delete)', 'deleted sessions readable'),
  f('deleted-still-listed', 'deletion', '§3 rule 5 (a deleted session leaves the list)', 'deleted sessions listed'),
  f(
    'token-works-after-delete',
    'deletion',
    '§1 device calls (token stops working on delete)',
    "a deleted session's token still works on the device path",
    [...BOTH, 'v1.3-preview.1'],
  ),
  f('delete-answers-204', 'deletion', '§1 ops 4/10 (200, empty body)', 'DELETE answers 204'),
  {
    ...f(
      'second-delete-succeeds',
      'deletion',
      '§3 rules 5-6 (a deleted session is unknown: 404)',
      'a second DELETE of a deleted session answers its success status again',
      BOTH,
    ),
    ...ONE_OF_EACH,
  },
  {
    ...f(
      'delete-crosses-families',
      'deletion',
      "§1 two families; §3 rule 6 (the other family's DELETE does not know the id: 404)",
      "the other family's DELETE deletes the session",
      BOTH,
    ),
    ...ONE_OF_EACH,
  },
  {
    ...f(
      'audit-after-delete-200',
      'deletion',
      '§3 rule 6 (the audit trail of a deleted session: 404)',
      'the audit trail of a deleted session still answers 200 with its entries',
    ),
    ...ONE_PREVIEW,
  },
  f(
    'session-image-kept-after-delete',
    'deletion',
    '§5, v1.2 swagger Delete Session ("deleted session and all correlated data")',
    "a deleted session's session images stay readable",
    GA,
  ),
  f(
    'audit-request-id-mismatch',
    'audit trail & device calls',
    '§1 device calls (requestId = apim-request-id)',
    'audit requestId is a fresh UUID, not the apim-request-id the device got',
  ),
  f(
    'audit-client-request-id-dropped',
    'audit trail & device calls',
    '§1 device calls (clientRequestId)',
    'audit clientRequestId is null whatever the device sent',
  ),
  f(
    'audit-content-length-wrong',
    'audit trail & device calls',
    '§1 device calls (contentLength = bytes)',
    'audit contentLength is the body length plus one',
  ),
  f(
    'result-not-newest-entry',
    'audit trail & device calls',
    '§1 device calls (result = newest entry)',
    'result is the oldest audit entry, not the newest',
  ),
  f(
    'send-results-to-client-ignored',
    'audit trail & device calls',
    '§1 device calls (200 + body when true)',
    'the device always gets 204, even when sendResultsToClient is true',
  ),
  f(
    'audit-other-session-entry',
    'audit trail & device calls',
    '§3 rule 2 (entries of the session asked)',
    'audit lists add an entry whose sessionId is another session',
  ),
  f(
    'device-accepts-resource-key',
    'security',
    '§1 device calls (never accept the resource key)',
    'device calls accept the resource key (Ocp-Apim-Subscription-Key)',
    BOTH,
  ),
  f('expired-token-accepted', 'security', '§1 device calls (token stops after TTL)', 'TTL ignored for tokens', BOTH),
  f(
    'management-accepts-session-token',
    'security',
    '§1 device calls (management never takes a token)',
    'management calls accept a session token as a bearer token',
    BOTH,
  ),
  f(
    'missing-key-accepted',
    'security',
    '§3 rule 7 (no key: 401)',
    'management calls without credentials succeed',
    BOTH,
  ),
  f('wrong-key-accepted', 'security', '§3 rule 7 (wrong key: 401)', 'any non-empty subscription key succeeds', BOTH),
  f(
    'apim-request-id-missing',
    'headers & error format',
    '§3 rule 7 (every response has apim-request-id)',
    'no apim-request-id header on any response',
    BOTH,
  ),
  f(
    'error-code-header-mismatch',
    'headers & error format',
    '§3 rule 6 (x-ms-error-code = error.code)',
    'x-ms-error-code is always "Error"',
    BOTH,
  ),
  f(
    'error-body-unwrapped',
    'headers & error format',
    '§3 rule 6 (FaceErrorResponse body)',
    '{code,message} unwrapped',
    BOTH,
  ),
  f('unknown-session-400', 'headers & error format', '§3 rule 6 (unknown session id: 404)', 'answers 400', BOTH),
  f(
    'unknown-session-500',
    'headers & error format',
    '§3 rule 6 (unknown session: 404, never 5xx)',
    'answers 500',
    BOTH,
  ),
  f('json-content-type-text-plain', 'headers & error format', '§2 (JSON bodies)', 'JSON sent as text/plain', BOTH),
  f(
    'error-code-generic',
    'headers & error format',
    '§3 (documented error codes, e.g. TTL out of range: InvalidTokenLifetime)',
    'create refusals answer the generic BadArgument instead of the documented code',
    BOTH,
  ),
  f(
    'paging-skips-next',
    'pagination',
    '§3 rule 1 (paging covers every session once)',
    'a list with start leaves out the first session after start',
  ),
  f(
    'status-not-updated',
    'persistence',
    '§3 rule 4 (result only when ResultAvailable)',
    'a session with a result still says NotStarted',
  ),
  f(
    'device-call-two-entries',
    'audit trail & device calls',
    '§1 device calls (each call appends one entry)',
    'each device call appends two audit entries',
  ),
  f(
    'ga-create-started',
    'whole sessions & attempts',
    '§5 (a new session is NotStarted)',
    'create answers status Started',
    GA,
  ),
  f(
    'ga-create-answers-201',
    'whole sessions & attempts',
    '§5 (create answers 200)',
    'create answers 201 with the session',
    GA,
  ),
  f(
    'ga-get-token-changed',
    'whole sessions & attempts',
    '§5 (Get Session Result returns the session create returned)',
    'get answers another (non-empty) authToken than create did',
    GA,
  ),
  f(
    'ga-delete-answers-202',
    'whole sessions & attempts',
    '§5 (DELETE answers 204; the v1.2 examples 200)',
    'DELETE answers 202 Accepted',
    GA,
  ),
  f(
    'ga-get-after-delete-200',
    'whole sessions & attempts',
    '§3 rules 5-6 (deleted: 404)',
    'a deleted session stays readable',
    GA,
  ),
  f('ga-attempts-from-zero', 'whole sessions & attempts', '§5 (attemptId from 1)', 'attempts are numbered from 0', GA),
  f(
    'refuse-ttl-on-bound',
    'input validation',
    '§3 rule 3 (TTL 60..86400: 60 and 86400 are valid)',
    'create refuses TTL exactly 60 or 86400 (400 InvalidTokenLifetime)',
    BOTH,
  ),
  f(
    'refuse-64-char-device-id',
    'input validation',
    '§3 error codes (device id up to 64 chars: 64 is valid)',
    'create refuses a deviceCorrelationId of exactly 64 characters',
    BOTH,
  ),
  f(
    'device-id-length-in-bytes',
    'input validation',
    '§3 error codes (device id up to 64 characters, not bytes: 64 "é" is valid)',
    'create counts the deviceCorrelationId limit in UTF-8 bytes (64 non-ASCII characters refused)',
    BOTH,
  ),
  f(
    'accept-non-integer-ttl',
    'input validation',
    '§2 authTokenTimeToLiveInSeconds integer (600.5 is no integer)',
    'create accepts a fractional TTL and truncates it (600.5 → 600)',
    BOTH,
  ),
  f('refuse-top-on-bound', 'pagination', '§3 rule 1 (top 1..1000: 1000 is valid)', 'list and audit refuse top=1000'),
  f(
    'refuse-64-char-start',
    'pagination',
    '§3 rule 1 (start up to 64 chars: 64 is valid)',
    'list refuses a start of exactly 64 characters',
  ),
  f(
    'families-share-ids',
    'persistence',
    '§1 two families; §3 rule 6 (an id of the other family is unknown: 404)',
    "get, delete and audit of one family find the other family's sessions",
    BOTH,
  ),
  f(
    'token-crosses-families',
    'security',
    "§1 device calls (a token authorises only its own family's call)",
    "a device call accepts the token of the other family's session",
    BOTH,
  ),
  // v1.2 (GA) at the depth of the previews (issue 15): one or more faults per rule family of v1.2.
  f(
    'ga-result-without-targets',
    'whole sessions & attempts',
    '§5, v1.2 swagger LivenessResult (targets required)',
    'attempt results leave out targets',
    GA,
  ),
  f(
    'ga-face-rectangle-fractional',
    'whole sessions & attempts',
    '§5, v1.2 swagger FaceRectangle (integer members)',
    'faceRectangle.width is 646.5',
    GA,
  ),
  f(
    'ga-face-rectangle-beyond-int32',
    'whole sessions & attempts',
    '§5, v1.2 swagger FaceRectangle (int32 members)',
    'faceRectangle.top is 2^31',
    GA,
  ),
  f(
    'ga-match-confidence-above-one',
    'whole sessions & attempts',
    '§5, v1.2 swagger LivenessWithVerifyOutputs.matchConfidence (0..1)',
    'with-verify results answer matchConfidence 1.5',
    GA,
  ),
  f(
    'ga-verify-references-missing',
    'whole sessions & attempts',
    '§5, v1.2 swagger LivenessWithVerifySessionResults (verifyReferences required)',
    'with-verify sessions leave out results.verifyReferences',
    GA,
  ),
  f(
    'ga-session-without-results',
    'whole sessions & attempts',
    '§5, v1.2 swagger LivenessSession (results required)',
    'sessions are answered without results',
    GA,
  ),
  f(
    'ga-attempt-result-and-error',
    'whole sessions & attempts',
    '§5, v1.2 swagger LivenessSessionAttempt (result or error, never both)',
    'each attempt carries an error beside its result',
    GA,
  ),
  f(
    'ga-status-outside-enum',
    'whole sessions & attempts',
    '§5 status enum (OperationState)',
    'new sessions say "Completed"',
    GA,
  ),
  f(
    'ga-status-ignores-attempts',
    'whole sessions & attempts',
    '§5, reference README item 1 (a session with an attempt is not NotStarted)',
    'sessions say NotStarted whatever their attempts',
    GA,
  ),
  f(
    'ga-attempt-replaces-previous',
    'whole sessions & attempts',
    '§5 (each device call appends one attempt)',
    'a device call replaces the earlier attempts with its own',
    GA,
  ),
  f(
    'ga-attempt-ids-skip',
    'whole sessions & attempts',
    '§5 (attemptId from 1, the next each call)',
    'attempt ids run 1, 3, 5…',
    GA,
  ),
  f(
    'ga-device-call-no-attempt',
    'whole sessions & attempts',
    '§5 (each device call appends one attempt)',
    'device calls answer 204 but append no attempt',
    GA,
  ),
  f(
    'ga-session-image-not-stored',
    'whole sessions & attempts',
    '§5, v1.2 swagger enableSessionImage (store the session image; sessionImageId)',
    'attempts of sessions with enableSessionImage name no session image',
    GA,
  ),
  f(
    'ga-session-image-not-image',
    'whole sessions & attempts',
    '§5, v1.2 swagger GetSessionImage (200: the image)',
    'Get Session Image answers text bytes, not an image',
    GA,
  ),
  f(
    'ga-session-image-unreadable',
    'whole sessions & attempts',
    '§5, v1.2 swagger GetSessionImage (the stored image is readable)',
    'Get Session Image answers 404 for every id, stored ones too',
    GA,
  ),
  f(
    'ga-unknown-image-500',
    'whole sessions & attempts',
    '§3 rule 6 (an unknown id: 404, never 5xx)',
    'Get Session Image of an unknown id answers 500',
    GA,
  ),
  f(
    'ga-verify-image-hash-wrong',
    'whole sessions & attempts',
    '§5, v1.2 swagger verifyImageHash (the SHA-256 of the verify image)',
    'verifyImageHash is the SHA-256 of the device frames, not of the verify image',
    GA,
  ),
  f(
    'ga-default-ttl-too-long',
    'whole sessions & attempts',
    '§5, v1.2 swagger authTokenTimeToLiveInSeconds (default 600)',
    'sessions created without a TTL live an hour',
    [...GA, 'v1.3-preview.1'],
  ),
  f(
    'ga-accept-threshold-out-of-range',
    'input validation',
    '§5, v1.2 swagger verifyConfidenceThreshold (0..1)',
    'the with-verify create accepts verifyConfidenceThreshold below 0 or above 1',
    GA,
  ),
  f(
    'ga-accept-unknown-model-version',
    'input validation',
    '§5, v1.2 swagger livenessModelVersion enum (2024-11-15)',
    'create accepts any livenessModelVersion',
    GA,
  ),
  f(
    'ga-accept-missing-verify-image',
    'input validation',
    '§5, v1.2 swagger verifyImage (required)',
    'the with-verify create accepts a body without the verifyImage part',
    GA,
  ),
  {
    ...f(
      'created-date-in-future',
      'persistence',
      '§2 createdDateTime (when the session was created)',
      'createdDateTime is one day after the create',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'created-date-changes',
      'persistence',
      '§2 createdDateTime (when the session was created)',
      'createdDateTime is the time of each read, not of the create',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'session-expired-from-start',
      'persistence',
      '§2 sessionExpired (whether the session has expired)',
      'sessionExpired is true from the create on',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'session-never-expires',
      'persistence',
      '§2 sessionExpired (whether the session has expired)',
      'sessionExpired stays false after the TTL',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'verify-result-on-liveness',
      'audit trail & device calls',
      '§2 LivenessResponseBody.verifyResult (only for liveness with verify)',
      'liveness (without verify) results carry a verifyResult',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'audit-body-missing-on-204',
      'audit trail & device calls',
      '§1 device calls (response.body always, even when the device got 204)',
      'an audit entry of a call answered 204 has no response.body',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f('list-default-top-small', 'pagination', '§3 rule 1 (top default 1000)', 'a list without top holds 1 item'),
    ...ONE_PREVIEW,
  },
  {
    ...f('list-default-top-two', 'pagination', '§3 rule 1 (top default 1000)', 'a list without top holds 2 items'),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'audit-start-as-text',
      'pagination',
      '§3 rule 2 (entries whose id is greater than start; ids are integers)',
      'audit start compares ids as text: after 9, entries 10 and 11 are left out',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'audit-content-length-in-characters',
      'audit trail & device calls',
      '§1 device calls (contentLength = bytes)',
      'audit contentLength counts the body as UTF-8 characters, not bytes',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'audit-default-top-small',
      'pagination',
      '§3 rule 2 (top default 1000)',
      'an audit read without top holds 1 entry',
    ),
    ...ONE_PREVIEW,
  },
  {
    ...f(
      'session-expired-flag-missing',
      'response schema',
      '§5 v1.2-preview.1 definitions (LivenessSession/Item require sessionExpired)',
      'sessions and list items leave sessionExpired out',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'audit-digest-missing',
      'response schema',
      '§5 v1.2-preview.1 definitions (LivenessSessionAuditEntry requires digest)',
      'audit entries leave digest out',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'target-file-name-missing',
      'response schema',
      '§5 v1.2-preview.1 definitions (LivenessOutputsTarget requires fileName)',
      'liveness results leave target.fileName out',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'unknown-session-image-500',
      'headers & error format',
      '§3 rule 6 (an unknown id: 404, never 5xx), v1.2-preview.1 Get Session Image',
      'Get Session Image of an unknown id answers 500',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'session-image-not-stored',
      'audit trail & device calls',
      '§1 v1.2-preview.1 enableSessionImage (seed 003: whether the session image is stored)',
      'enableSessionImage is ignored: no image stored, no sessionImageId',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'verify-image-hash-not-returned',
      'audit trail & device calls',
      "§1 v1.2-preview.1 returnVerifyImageHash (seed 003: whether the verify image's hash is returned)",
      'returnVerifyImageHash is ignored: no verifyImageHash',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'model-version-ignored',
      'audit trail & device calls',
      '§1 v1.2-preview.1 livenessSingleModalModel (seed 003: the model used for the classification)',
      'results name the default model whatever the session asked for',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'session-image-always-stored',
      'audit trail & device calls',
      '§1 v1.2-preview.1 enableSessionImage (seed 003: whether the session image is stored; false: not stored)',
      'a session image is stored and named even without enableSessionImage',
    ),
    ...V12_PREVIEW_ONLY,
  },
  {
    ...f(
      'verify-image-hash-always-returned',
      'audit trail & device calls',
      "§1 v1.2-preview.1 returnVerifyImageHash (seed 003: whether the verify image's hash is returned; false: not)",
      'verifyImageHash is returned even without returnVerifyImageHash',
    ),
    ...V12_PREVIEW_ONLY,
  },
  f(
    'v13-attempts-beyond-allowed-accepted',
    'attempt limit & settings',
    '§5 (attempts beyond numberOfClientAttemptsAllowed are refused)',
    'a device call past the allowed number still appends an attempt',
    V13,
  ),
  f(
    'v13-attempts-allowed-ignored',
    'attempt limit & settings',
    '§5 (numberOfClientAttemptsAllowed: the attempts a session allows)',
    'every session allows 3 attempts, whatever was asked',
    V13,
  ),
  f(
    'v13-expected-ip-not-kept',
    'attempt limit & settings',
    '§5 v1.3 swagger LivenessSession.expectedClientIpAddress (the value sent at create)',
    'sessions never show the expectedClientIpAddress sent at create',
    V13,
  ),
  f(
    'v13-settings-not-persisted',
    'attempt limit & settings',
    '§5 v1.3 swagger PATCH /settings (Update the liveness setting object)',
    'settings always read abuse monitoring off, whatever PATCH set',
    V13,
  ),
  f(
    'v13-settings-set-back-ignored',
    'attempt limit & settings',
    '§5 v1.3 swagger PATCH /settings (Update the liveness setting object), back to the value before',
    'a PATCH turning abuse monitoring back off answers off but keeps it on',
    V13,
  ),
  f(
    'model-version-changes',
    'whole sessions & attempts',
    '§5, conflict ga-model-version-until-attempt (modelVersion, when shown, is the model asked for)',
    'a session with two attempts reports modelVersion 2025-05-20, whatever it was created with',
    V13,
  ),
  f(
    'v13-client-token-not-base64',
    'attempt limit & settings',
    '§5 v1.3 swagger ClientAssetsAccessTokenResponse.base64AccessToken (the base64 encoded access token)',
    'base64AccessToken is not base64 text',
    V13,
  ),
  f(
    'v13-session-image-not-image',
    'attempt limit & settings',
    '§5 v1.3 swagger GetSessionImage (Get session image stored during the liveness session)',
    'a session image is served as JSON text, not the image bytes the device sent',
    V13,
  ),
  f(
    'v13-abuse-flag-as-text',
    'attempt limit & settings',
    '§5 v1.3 swagger LivenessSession.isAbuseMonitoringEnabled (an object; a boolean in the examples and the service)',
    'sessions show isAbuseMonitoringEnabled as the text "true" or "false"',
    V13,
  ),
  f(
    'v13-client-information-without-ip',
    'attempt limit & settings',
    '§5 v1.3 swagger ClientInformation (ip required)',
    "an attempt's clientInformation names the address `address` instead of `ip`",
    V13,
  ),
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
