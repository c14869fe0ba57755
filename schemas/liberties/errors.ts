import type { Liberty } from './types';
import { ALL_VERSIONS } from './versions';

/** What the documents leave open about refusals: codes, statuses, headers, rate limiting. */
export const ERROR_LIBERTIES: readonly Liberty[] = [
  {
    id: 'unnamed-error-code',
    title: 'Any error code where no document names one',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §3: "A conformance check asserts the status class and the error shape; an exact code is checked only where the reference names one."',
      'v1.2 and v1.3-preview.1 swaggers: every operation has only a `default` FaceErrorResponse answer, no code per case',
      'CONTRACT.md §5: once the attempts allowed are used up "a further call is refused" (no status or code named)',
    ],
    widest:
      'Renames every code no document names (unknown session image, framing refusals, 405, attempts used up, settings refusals, body too large) to an undocumented one (SessionImageNotFound, UnsupportedMediaType, InvalidRequest…).',
  },
  {
    id: 'code-among-documented',
    title: 'Which of the documented 400 codes, where the reference names none for the field',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §3 lists 400 BadArgument, InvalidRequestBody, InvalidTokenLifetime, InvalidLivenessOperationMode, InvalidDeviceCorrelationId; only the last three name a field',
      'schemas/errorCodes.ts documentedCodesFor: a violation of another field "may carry any documented create code"',
    ],
    widest: 'Answers BadArgument or InvalidRequestBody at random for a create refused on a field no code names.',
  },
  {
    id: 'framing-refusal-status',
    title: 'Any 4xx for a wrong content type, a missing body or a missing part',
    versions: ALL_VERSIONS,
    basis: [
      'schemas/errorCodes.ts (ARCHITECTURE "Expected statuses and codes are data"): "any 4xx for framing errors such as a missing body or a wrong content type, on which the documents are silent"',
    ],
    widest: 'Answers a wrong content type 400 instead of 415, and a missing verify image 422 instead of 400.',
  },
  {
    id: 'error-code-header-omitted',
    title: 'x-ms-error-code present or absent',
    versions: ALL_VERSIONS,
    basis: [
      'seeds 000-003 "Other Status Codes": headers x-ms-error-code on error responses',
      'CONTRACT.md §3 rule 6: "the real service omits it on its 404 and 429 answers, so its absence is never a failure"',
      'reference/README.md "Where these sources disagree" item 13',
    ],
    covers: ['error-code-header-absent'],
    widest: 'Sends no x-ms-error-code on any error.',
  },
  {
    id: 'rate-limited-any-time',
    title: '429 at any time, with Retry-After',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §3: "429 with code \\"429\\" (rate limit)" — no request is exempt and no rate is documented',
      '../shared/recordings README: "429 {\\"error\\":{\\"code\\":\\"429\\",...}} with Retry-After: 1"',
    ],
    covers: ['rate-limit-429'],
    widest:
      'Answers about one request in 60 with 429 code "429" and Retry-After 0 or 1, sometimes two in a row, before the request is handled.',
  },
];
