/**
 * Where the documents contradict themselves (CONTRACT.md §4). A schema violation whose schema path
 * matches a conflict's is reported as that conflict, never as a failure of the server.
 */
export interface DocumentedConflict {
  id: string;
  title: string;
  /** The seeds involved, and what each says. */
  sources: string[];
  /** The product's decision. */
  decision: string;
  /** Whether servers are still held to the rule (true), or may do either and are never failed (false). */
  enforced: boolean;
  /** The definitions the conflicting rule lives in, and the schema-path prefix of the rule. */
  definitions: string[];
  schemaPathPrefix: string;
  /**
   * Real-service recordings that show what the service does here (files under tests/traffic/recordings,
   * copies of ../shared/recordings). A conflict with evidence is one between the documents and the service.
   */
  evidence?: Evidence[];
}

/** One observation in a recording of the real service. */
export interface Evidence {
  /** Path under tests/traffic/recordings (`README.md`: the recordings' README, for what no copied file shows). */
  recording: string;
  /** Indexes in the recording's `Entries`. */
  entries: number[];
  /** What those entries show. */
  shows: string;
}

/** The recordings of the real service named as evidence (Azure SDK test-proxy recordings). */
const JS = 'js/node';
const DELETE_SESSION = `${JS}/session/recording_testdeletesession.json`;
const GA_SESSION = `${JS}/livenesssession/recording_testlivenesssession.json`;
const GA_VERIFY_SESSION = `${JS}/livenesswithverifysession/recording_testlivenesswithverifysession.json`;

/** The 404 of a read after delete: no x-ms-error-code (recorded). */
const NO_ERROR_CODE_HEADER: Evidence = {
  recording: DELETE_SESSION,
  entries: [2],
  shows: '404 {"error":{"code":"SessionNotFound"}} with no x-ms-error-code header',
};

export const DOCUMENTED_CONFLICTS: readonly DocumentedConflict[] = [
  {
    id: 'device-correlation-id-with-set-in-client',
    title: 'deviceCorrelationId sent together with deviceCorrelationIdSetInClient: true',
    sources: [
      'seed 003 (sv) request-body table: when deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null',
      'seed 003 (sv) example request: sends deviceCorrelationIdSetInClient: true and deviceCorrelationId together',
    ],
    decision: 'A server may accept or refuse such a request; the suite reports it and never fails on it.',
    enforced: false,
    definitions: ['CreateLivenessSessionContent', 'CreateLivenessWithVerifySessionJsonContent'],
    schemaPathPrefix: '#/then/properties/deviceCorrelationId',
    evidence: [
      {
        recording: `${JS}/session/recording_testcreatesessiondeviceidoptional.json`,
        entries: [0, 1],
        shows:
          'the real service accepts deviceCorrelationIdSetInClient: true with deviceCorrelationId: "" (200) and reads the session back with deviceCorrelationId ""',
      },
    ],
  },
  {
    id: 'result-with-not-started-status',
    title: 'A NotStarted session shown with a result',
    sources: [
      'seed 000 (ja) definition: result is only populated when status is ResultAvailable',
      'seed 000 (ja) example response: status NotStarted together with a result',
    ],
    decision: 'The definition wins (rule 4): the example is a documentation defect. Servers are held to the rule.',
    enforced: true,
    definitions: ['LivenessSession', 'LivenessWithVerifySession'],
    schemaPathPrefix: '#/else/properties/result',
  },
  {
    id: 'error-code-header-absent',
    title: 'Error answers without the x-ms-error-code header',
    sources: [
      'seeds 000-003 "Other Status Codes": headers x-ms-error-code: string, on every error response',
      'the real service: its 404 SessionNotFound and 429 answers carry no x-ms-error-code (recordings)',
    ],
    decision:
      'Absent is legal; when a server sends the header it must equal error.code (errorCodeHeaderMatchesBody, CONTRACT.md §3 rule 6).',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [NO_ERROR_CODE_HEADER],
  },
  {
    id: 'ga-read-auth-token-empty',
    title: 'v1.2 reads answer authToken ""',
    sources: [
      'v1.2 GetLivenessSessionResult examples: the read repeats the session token',
      'the real service: every read after create answers authToken: "" (recordings)',
    ],
    decision: 'A read may answer the token create returned or ""; another token fails gaCreatedValuesPersisted.',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [
      { recording: GA_SESSION, entries: [1, 2], shows: 'create answers a token; both later reads answer authToken ""' },
      { recording: GA_VERIFY_SESSION, entries: [1, 2], shows: 'the same for a with-verify session' },
    ],
  },
  {
    id: 'ga-model-version-until-attempt',
    title: 'v1.2 reads leave modelVersion out until an attempt exists',
    sources: [
      'v1.2 examples: every session shows modelVersion',
      'the real service: a Running session without attempts has no modelVersion; it comes back with the first attempt (recordings)',
    ],
    decision: 'modelVersion may be absent on a read; when present it must be the model asked for at create.',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [
      {
        recording: GA_SESSION,
        entries: [1, 2],
        shows: 'status Running without modelVersion; Succeeded with modelVersion',
      },
    ],
  },
  {
    id: 'ga-verify-reference-type',
    title: 'v1.2 verifyReferences[].referenceType is "image", or absent on reads',
    sources: [
      'v1.2 swagger: verifyReferences[].referenceType is required, one of Color | Infrared | Depth',
      'the real service: create answers referenceType "image"; reads leave it out (recordings)',
    ],
    decision: 'Not checked: the suite reports verifyReferences as an undocumented field of its v1.2 contract.',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [
      { recording: GA_VERIFY_SESSION, entries: [0, 1], shows: 'referenceType "image" at create; absent on the read' },
    ],
  },
];

/**
 * What the real service does where the documents are silent or loose: legal, so no check fails it, and
 * the suite's service-like mock (`--like-service`) does the same. Listed in the README with the evidence.
 */
export interface ServiceBehaviour {
  id: string;
  title: string;
  /** What the documents say, or that they say nothing. */
  documents: string;
  /** How the suite treats it. */
  suite: string;
  evidence: Evidence[];
}

export const SERVICE_BEHAVIOURS: readonly ServiceBehaviour[] = [
  {
    id: 'lists-hold-foreign-sessions',
    title: 'Lists are sorted by id and hold sessions this client did not create, expired ones included',
    documents: 'Get Liveness Sessions lists "the sessions" sorted by id; nothing says whose or until when.',
    suite:
      'Checks only its own sessions in a list (listed after create, gone after delete) and never touches the others.',
    evidence: [
      {
        recording: `${JS}/sessionwithverify/recording_testlistverifysessions.json`,
        entries: [0, 1, 2],
        shows: 'created a2e003a7… then 34f72f7f…; the list shows 34f72f7f… first: by id, not by creation time',
      },
      {
        recording: 'net/TestListLivenessSessions.json',
        entries: [0],
        shows: 'three sessions, one of them expired and started 18 minutes before the others were created',
      },
    ],
  },
  {
    id: 'audit-newest-first',
    title: 'Audit entries are listed newest first',
    documents: 'The order of audit entries is not documented (CONTRACT.md §3 rule 2).',
    suite: 'Never checks their order; finds the entry of a device call by its requestId.',
    evidence: [
      {
        recording: `${JS}/session/recording_testgetsessionauditentries.json`,
        entries: [0],
        shows: 'entry id 2 before id 1',
      },
    ],
  },
  {
    id: 'audit-client-request-id-absent',
    title: 'clientRequestId is absent unless the device sent one; contentType keeps its boundary',
    documents: 'LivenessSessionAuditEntry.clientRequestId and request.contentType are listed without a word on either.',
    suite: 'An absent clientRequestId matches "none sent"; contentType is compared by its media type only.',
    evidence: [
      {
        recording: `${JS}/session/recording_testgetsessionauditentries.json`,
        entries: [0],
        shows: 'no clientRequestId; contentType "multipart/form-data; boundary=..."',
      },
    ],
  },
  {
    id: 'dates-seven-digits-offset',
    title: 'Dates carry up to 7 fractional digits and a +00:00 offset',
    documents: 'date-time (RFC 3339), no precision or zone stated.',
    suite: 'Accepts any RFC 3339 date-time (CONTRACT.md §3 rule 8).',
    evidence: [
      {
        recording: `${JS}/session/recording_testlistsessions.json`,
        entries: [2],
        shows: 'createdDateTime "2024-05-10T07:23:44.7846619+00:00"',
      },
    ],
  },
  {
    id: 'rate-limit-429',
    title: 'A rate-limited call answers 429 with Retry-After: 1 and code "429"',
    documents: 'The error-code reference names 429 with code "429"; Retry-After is not documented.',
    suite: 'Retries after Retry-After (bounded); an answer still 429 skips its checks with the reason.',
    evidence: [
      {
        recording: 'README.md',
        entries: [],
        shows: 'the recordings README: 429 {"error":{"code":"429"}}, Retry-After: 1, policy-id: ResourceRateLimitBy1s',
      },
    ],
  },
  {
    id: 'preview-delete-content-length-zero',
    title: 'Preview DELETE answers 200 with Content-Length: 0',
    documents: 'Delete answers 200 with an empty body (CONTRACT.md §1).',
    suite: 'Expects 200 and no body, as documented.',
    evidence: [{ recording: DELETE_SESSION, entries: [1], shows: '200, Content-Length 0' }],
  },
  {
    id: 'ga-session-image-octet-stream',
    title: 'v1.2 GET /sessionImages/{id} answers application/octet-stream',
    documents: 'The session image is "image bytes"; no media type is stated.',
    suite: 'Accepts any media type for the image bytes.',
    evidence: [{ recording: GA_SESSION, entries: [3], shows: 'Content-Type application/octet-stream, JPEG bytes' }],
  },
  {
    id: 'python-recorder-sanitized-ids',
    title: 'The Python SDK recorder replaces audit entry ids and listed session ids by "Sanitized"',
    documents: 'Audit entry ids are integers, session ids strings; a recorder is not the server.',
    suite: '`npm run traffic` reports such values as sanitized and does not judge them.',
    evidence: [
      {
        recording: 'python/test_liveness_session.pyTestLivenessSessiontest_get_session_audit_entries.json',
        entries: [0],
        shows: 'id "Sanitized" in every audit entry',
      },
    ],
  },
];

/** The conflict a violation of `definition` at `schemaPath` belongs to, if any. */
export function conflictFor(definition: string, schemaPath: string): DocumentedConflict | undefined {
  return DOCUMENTED_CONFLICTS.find(
    (c) => c.definitions.includes(definition) && schemaPath.startsWith(c.schemaPathPrefix),
  );
}

/**
 * Disagreements between the official sources of the versions after the seeds (reference/README.md "Where
 * these sources disagree"), found by the rule inventory (`rules/`). They are never failures: a server may
 * do either. Unlike `DOCUMENTED_CONFLICTS` they match no schema path; the rule inventory points at them.
 */
export interface DocumentDisagreement {
  id: string;
  title: string;
  sources: string[];
  decision: string;
}

const ref = (item: number, what: string) => `reference/README.md "Where these sources disagree" item ${item}: ${what}`;

/** Every disagreement the rule inventory records as a conflict rather than a check. */
export const DOCUMENT_DISAGREEMENTS: readonly DocumentDisagreement[] = [
  {
    id: 'reference-1-status-beside-attempt',
    title: 'Session status beside a finished attempt',
    sources: [ref(1, 'GetResult examples show NotStarted'), 'recordings: the real service answers Succeeded'],
    decision: 'No check requires either; a succeeded attempt under NotStarted is a documentation defect.',
  },
  {
    id: 'reference-2-delete-status',
    title: 'DELETE answers 204 or 200',
    sources: [ref(2, 'swagger, v1.3 example and service: 204'), 'v1.2 examples: 200'],
    decision: 'The suite expects 204 (swagger and real service); the example is a documentation defect.',
  },
  {
    id: 'reference-3-model-version',
    title: 'modelVersion on reads',
    sources: [ref(3, 'reads leave modelVersion out until an attempt exists; examples always show it')],
    decision: 'modelVersion may be absent; when present it must be in the enum.',
  },
  {
    id: 'reference-6-referenceType',
    title: 'verifyReferences[].referenceType',
    sources: [
      ref(6, 'swagger: required, Color|Infrared|Depth'),
      'examples and real create: "image"; real reads leave it out',
    ],
    decision: 'Neither required nor limited to the enum: never a failure.',
  },
  {
    id: 'reference-7-realFace',
    title: 'livenessDecision spelled realFace in the v1.2 example',
    sources: [ref(7, 'example: realFace'), 'enum and service: realface'],
    decision: 'The enum wins (the service agrees); the example is a documentation defect.',
  },
  {
    id: 'reference-8-authToken-on-reads',
    title: 'authToken on reads',
    sources: [ref(8, 'examples repeat the token'), 'real service answers ""'],
    decision: 'An empty authToken on reads is legal.',
  },
  {
    id: 'reference-9-attempt-order',
    title: 'Order of attempts',
    sources: [ref(9, 'not documented; examples list the newest first')],
    decision: 'No order is required.',
  },
  {
    id: 'reference-10-with-verify-json-example',
    title: 'With-verify create as JSON in the example',
    sources: [
      ref(10, 'example sends JSON and answers {sessionId, authToken}'),
      'swagger and service: multipart only, whole session',
    ],
    decision: 'The suite follows the swagger and the service (multipart, whole session).',
  },
  {
    id: 'reference-13-error-header',
    title: 'x-ms-error-code on every error',
    sources: [ref(13, 'documented on every error response'), 'real 404 and 429 carry none'],
    decision: 'Its absence is legal; when present it must equal error.code.',
  },
  {
    id: 'reference-14-attempt-count',
    title: 'Attempts per v1.2 session',
    sources: [ref(14, 'swagger silent; client documents up to 3 retries; example shows 2')],
    decision: 'A server may refuse a 4th attempt or not.',
  },
];
