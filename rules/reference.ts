/**
 * Where the official v1.2 sources disagree (reference/README.md, the examples): recorded as conflicts, never
 * as checks. The v1.3-only items of that list belong to a version the suite does not support yet.
 */
import { rule } from './helpers';
import type { Rule } from './types';

const doc = 'reference';
const w = (item: number, words: string) => ({ doc, where: `"Where these sources disagree" item ${item}`, words });
const V12 = ['v1.2'] as const;

/** Every disagreement rule of reference/README.md and the v1.2 examples. */
export function referenceRules(): Rule[] {
  return [
    rule(
      'reference.statusBesideFinishedAttempt',
      'behaviour',
      'the status beside a finished attempt (examples NotStarted, service Succeeded)',
      w(1, 'Status beside a finished attempt'),
      V12,
      { conflict: 'reference-1-status-beside-attempt' },
    ),
    rule(
      'reference.deleteStatus',
      'status',
      'DELETE answers 204 (swagger, service) or 200 (v1.2 examples)',
      w(2, 'the v1.2 examples say 200'),
      V12,
      { conflict: 'reference-2-delete-status' },
    ),
    rule(
      'v1.2.example.delete.status200',
      'status',
      'the v1.2 Delete example answers 200',
      { doc: 'v1.2.example.delete', where: '/responses/200', words: '"200": {}' },
      V12,
      { conflict: 'reference-2-delete-status' },
    ),
    rule(
      'reference.modelVersionOnReads',
      'behaviour',
      'modelVersion: reads leave it out until an attempt exists; the examples always show it',
      w(3, 'Reads leave\n   `modelVersion` out until an attempt exists'),
      V12,
      { conflict: 'ga-model-version-until-attempt' },
    ),
    rule(
      'reference.referenceType',
      'enum',
      'verifyReferences[].referenceType: required enum Color|Infrared|Depth, yet examples and service say "image" or leave it out',
      w(6, '`verifyReferences[].referenceType`'),
      V12,
      { conflict: 'ga-verify-reference-type' },
    ),
    rule(
      'reference.realFaceSpelling',
      'enum',
      'the v1.2 GetResult example writes livenessDecision "realFace"; the enum says realface',
      w(7, 'The v1.2 GetResult example writes `livenessDecision: "realFace"`'),
      V12,
      { conflict: 'reference-7-realFace' },
    ),
    rule(
      'v1.2.example.getResult.realFace',
      'enum',
      'the v1.2 GetResult example: livenessDecision "realFace", status NotStarted beside a finished attempt',
      {
        doc: 'v1.2.example.getResult',
        where: '/responses/200/body/results/attempts/0/result/livenessDecision',
        words: '"livenessDecision": "realFace"',
      },
      V12,
      { conflict: 'reference-7-realFace' },
    ),
    rule(
      'reference.authTokenOnReads',
      'behaviour',
      'authToken on reads: examples repeat the token, the service answers ""',
      w(8, '`authToken` on reads'),
      V12,
      { conflict: 'ga-read-auth-token-empty' },
    ),
    rule(
      'reference.attemptOrder',
      'behaviour',
      'the order of attempts is not documented (examples list the newest first)',
      w(9, 'The order of attempts is not documented'),
      V12,
      { conflict: 'reference-9-attempt-order' },
    ),
    rule(
      'reference.withVerifyJsonExample',
      'format',
      'the with-verify create example sends JSON and answers {sessionId, authToken}; swagger and service: multipart, whole session',
      w(10, 'The v1.2 with-verify create example sends JSON'),
      V12,
      { conflict: 'reference-10-with-verify-json-example' },
    ),
    rule(
      'reference.errorHeaderAbsent',
      'error',
      'x-ms-error-code is documented on every error; the service sends none on 404 and 429',
      w(13, '`x-ms-error-code` is documented on every error response'),
      V12,
      { conflict: 'error-code-header-absent' },
    ),
    rule(
      'reference.attemptCount',
      'behaviour',
      'attempts per v1.2 session: swagger silent, client says up to 3 retries, example shows 2',
      w(14, 'Attempts per v1.2 session'),
      V12,
      { conflict: 'reference-14-attempt-count' },
    ),
  ];
}
