import type { Liberty } from './types';
import { ALL_VERSIONS, GA_DESIGN, PREVIEWS, SESSION_IMAGES, V13 } from './versions';

/** What the documents leave open about successful answers: statuses, orders, members, headers, dates. */
export const RESPONSE_LIBERTIES: readonly Liberty[] = [
  {
    id: 'delete-either-status',
    title: 'DELETE answers 204 or 200',
    versions: ['v1.2'],
    basis: [
      'reference/README.md "Where these sources disagree" item 2: "the swagger ... say 204; the v1.2 examples say 200"',
    ],
    covers: ['reference-2-delete-status'],
    widest: 'Answers 200 with an empty body to a v1.2 DELETE.',
  },
  {
    id: 'audit-entry-order',
    title: 'Audit entries in any order',
    versions: PREVIEWS,
    basis: [
      'CONTRACT.md §3 rule 2: "Their order is not documented: assume none."',
      '../shared/recordings README: "Audit entries are listed newest first"',
    ],
    covers: ['audit-newest-first'],
    widest: 'Shuffles the audit entries of every answer (seeded).',
  },
  {
    id: 'attempt-order',
    title: 'Attempts in any order',
    versions: GA_DESIGN,
    basis: ['reference/README.md "Where these sources disagree" item 9: "The order of attempts is not documented"'],
    covers: ['reference-9-attempt-order'],
    widest: 'Shuffles results.attempts of every answer (seeded).',
  },
  {
    id: 'undocumented-response-fields',
    title: 'Undocumented members in answers',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §4: "Fields that are not documented are allowed (later versions add them) and are reported, not failed."',
    ],
    widest: 'Adds an undocumented member to every JSON object it answers, error bodies included.',
  },
  {
    id: 'undocumented-response-headers',
    title: 'Undocumented headers in answers',
    versions: ALL_VERSIONS,
    basis: [
      'seeds 000-003 list only the headers they need (apim-request-id, x-ms-error-code); nothing forbids others',
      '../shared/recordings README: success responses carry CSP-Billing-Usage, x-ms-region, Strict-Transport-Security, X-Content-Type-Options, x-envoy-upstream-service-time',
    ],
    widest: "Adds the service's headers and one of its own to every answer.",
  },
  {
    id: 'date-precision-and-offset',
    title: 'Dates with any precision and offset',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §3 rule 8: "Dates are RFC 3339 date-times (any number of fractional digits, Z or an offset)."',
      '../shared/recordings README: "Dates look like 2024-05-10T07:23:44.7846619+00:00"',
    ],
    covers: ['dates-seven-digits-offset'],
    widest:
      'Writes every date with 7 fractional digits and an offset: +00:00 where the description says UTC (receivedDateTime), -03:30 elsewhere.',
  },
  {
    id: 'read-auth-token',
    title: 'What authToken a read answers',
    versions: GA_DESIGN,
    basis: [
      'reference/README.md "Where these sources disagree" item 8: "the examples repeat the token; the real service answers \\"\\""',
    ],
    covers: ['ga-read-auth-token-empty'],
    widest: 'Answers authToken "" on every read (the create answer keeps the token).',
  },
  {
    id: 'unset-optional-members-absent',
    title: 'Optional members absent or present',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §4: "Only what an operation cannot do without is required (...); other documented fields may be missing."',
      'reference/README.md item 3: "Reads leave modelVersion out until an attempt exists (real service)"',
      '../shared/recordings README: "clientRequestId is absent unless the device sent one"',
    ],
    covers: ['audit-client-request-id-absent', 'ga-model-version-until-attempt'],
    widest:
      'Leaves out every member whose value is not set (null) unless the definition requires it, clientRequestId when none was sent, and modelVersion of a read until an attempt exists.',
  },
  {
    id: 'verify-reference-type',
    title: 'verifyReferences[].referenceType "image", or absent on reads',
    versions: GA_DESIGN,
    basis: [
      'reference/README.md item 6: "the examples and the real create answer say \\"image\\", real reads leave it out"',
    ],
    covers: ['ga-verify-reference-type'],
    widest: 'Answers referenceType "image" at create and leaves it out of reads.',
  },
  {
    id: 'session-image-media-type',
    title: 'Any media type for session image bytes',
    versions: SESSION_IMAGES,
    basis: ['v1.2 swagger Get Session Image: "image bytes", no media type stated'],
    covers: ['ga-session-image-octet-stream'],
    widest: 'Answers session images as application/octet-stream.',
  },
  {
    id: 'lists-hold-other-sessions',
    title: "Lists hold other clients' sessions, expired ones included",
    versions: PREVIEWS,
    basis: ['seed 002 Get Liveness Sessions: lists "the sessions" sorted by id; nothing says whose or until when'],
    covers: ['lists-hold-foreign-sessions'],
    widest: 'Holds sessions of other clients (some expired, some started) in every list.',
  },
  {
    id: 'audit-content-type-parameters',
    title: "An audit entry's request.contentType with or without its parameters",
    versions: PREVIEWS,
    basis: ['seed 001 AuditRequestInfo.contentType: a string, nothing said of its parameters'],
    covers: ['audit-content-type-boundary'],
    widest: 'Records request.contentType with its boundary= parameter.',
  },
  {
    id: 'model-version-newer',
    title: 'A v1.3 session reports 2024-11-15 or 2025-05-20',
    versions: V13,
    basis: ['reference/README.md item 3: "the enum holds only 2024-11-15; the real v1.3 service reported 2025-05-20"'],
    covers: ['reference-3-model-version-v13'],
    widest: 'Reports modelVersion 2025-05-20 on sessions created without a model.',
  },
  {
    id: 'flags-boolean-or-object',
    title: 'isAbuseMonitoringEnabled, enabled and isAbuseDetected: boolean or object',
    versions: V13,
    basis: ['reference/README.md item 5: "typed object in the swagger; examples and the real service use booleans"'],
    covers: ['reference-5-boolean-or-object'],
    widest:
      'Answers booleans, the side that carries a value a client can read (an object says nothing of on or off); the register keeps the choice so no check demands either.',
  },
];
