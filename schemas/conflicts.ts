import type { DocumentDisagreement, DocumentedConflict } from './conflictTypes';
import type { Evidence } from './evidence';
import { DELETE_SESSION, GA_SESSION, GA_VERIFY_SESSION, JS } from './evidence';
import { V13_DOCUMENTED_CONFLICTS, V13_DOCUMENT_DISAGREEMENTS } from './conflictsV13';

export type { DocumentDisagreement, DocumentedConflict } from './conflictTypes';

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
    // Every body form: JSON (and the previews' `Parameters` part) and v1.2's flat form fields.
    definitions: [
      'CreateLivenessSessionContent',
      'CreateLivenessWithVerifySessionJsonContent',
      'CreateLivenessWithVerifySessionContent',
    ],
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
      'reference/README.md "Where these sources disagree" item 13 (v1.2 and later: the same)',
    ],
    decision:
      'Absent is legal; when a server sends the header it must equal error.code (errorCodeHeaderMatchesBody, CONTRACT.md §3 rule 6).',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [NO_ERROR_CODE_HEADER],
  },
  {
    id: 'audit-client-request-id-absent',
    title: 'Audit entries without clientRequestId when the device sent none',
    sources: [
      'v1.2-preview.1 swagger: LivenessSessionAuditEntry.required lists clientRequestId (the seeds say nothing of it)',
      'the real service: clientRequestId is absent unless the device sent a client-request-id (recordings)',
    ],
    decision:
      'Absent is legal when the device sent none; when it sent one, the entry must carry it (auditIdsMatchDeviceCall).',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [
      {
        recording: 'python/test_liveness_session.pyTestLivenessSessiontest_get_session_audit_entries.json',
        entries: [0],
        shows: 'v1.2-preview.1: both audit entries have no clientRequestId',
      },
      {
        recording: `${JS}/session/recording_testgetsessionauditentries.json`,
        entries: [0],
        shows: 'v1.1-preview.1: no clientRequestId',
      },
    ],
  },
  {
    id: 'ga-read-auth-token-empty',
    title: 'v1.2 reads answer authToken ""',
    sources: [
      'v1.2 GetLivenessSessionResult examples: the read repeats the session token',
      'the real service: every read after create answers authToken: "" (recordings)',
      'reference/README.md "Where these sources disagree" item 8',
    ],
    decision: 'A read may answer the token create returned or ""; another token fails createdValuesPersisted.',
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
      'reference/README.md "Where these sources disagree" item 3',
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
      'reference/README.md "Where these sources disagree" item 6',
    ],
    decision:
      'verifyReferences is checked as the swagger states it (faceRectangle and qualityForRecognition required), but referenceType is neither required nor limited to Color | Infrared | Depth.',
    enforced: false,
    definitions: [],
    schemaPathPrefix: '',
    evidence: [
      { recording: GA_VERIFY_SESSION, entries: [0, 1], shows: 'referenceType "image" at create; absent on the read' },
    ],
  },
  ...V13_DOCUMENTED_CONFLICTS,
];

/** The conflict a violation of `definition` at `schemaPath` belongs to, if any. */
export function conflictFor(definition: string, schemaPath: string): DocumentedConflict | undefined {
  return DOCUMENTED_CONFLICTS.find(
    (c) => c.definitions.includes(definition) && schemaPath.startsWith(c.schemaPathPrefix),
  );
}

const ref = (item: number, what: string) => `reference/README.md "Where these sources disagree" item ${item}: ${what}`;

/**
 * Every disagreement the rule inventory records as a conflict rather than a check. One conflict has one id:
 * a disagreement the real service's recordings witness is a `DOCUMENTED_CONFLICTS` entry only (its sources
 * name the README item), never listed here too.
 */
export const DOCUMENT_DISAGREEMENTS: readonly DocumentDisagreement[] = [
  {
    id: 'reference-1-status-beside-attempt',
    title: 'Session status beside a finished attempt',
    sources: [ref(1, 'GetResult examples show NotStarted'), 'recordings: the real service answers Succeeded'],
    decision:
      'No check requires either value; a session with an attempt that still says NotStarted fails statusFollowsAttempts (the README calls it wrong: the examples are a documentation defect).',
  },
  {
    id: 'reference-2-delete-status',
    title: 'DELETE answers 204 or 200',
    sources: [ref(2, 'swagger, v1.3 example and service: 204'), 'v1.2 examples: 200'],
    decision:
      'A server may answer either (reference README); 204 is what the swagger and the service say. Never a failure.',
  },
  {
    id: 'reference-7-realFace',
    title: 'livenessDecision spelled realFace in the v1.2 example',
    sources: [ref(7, 'example: realFace'), 'enum and service: realface'],
    decision: 'The enum wins (the service agrees); the example is a documentation defect.',
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
    id: 'reference-14-attempt-count',
    title: 'Attempts per v1.2 session',
    sources: [ref(14, 'swagger silent; client documents up to 3 retries; example shows 2')],
    decision: 'A server may refuse a 4th attempt or not.',
  },
  ...V13_DOCUMENT_DISAGREEMENTS,
];
