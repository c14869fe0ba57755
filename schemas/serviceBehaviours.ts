import type { Evidence } from './evidence';
import { DELETE_SESSION, GA_SESSION, JS } from './evidence';

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
    id: 'audit-content-type-boundary',
    title:
      "An audit entry's request.contentType keeps its boundary (clientRequestId: conflict audit-client-request-id-absent)",
    documents: 'AuditRequestInfo.contentType is listed without a word on its parameters.',
    suite: 'contentType is compared by its media type only.',
    evidence: [
      {
        recording: `${JS}/session/recording_testgetsessionauditentries.json`,
        entries: [0],
        shows: 'contentType "multipart/form-data; boundary=..."',
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
