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
    rule({
      id: 'reference.statusBesideFinishedAttempt',
      kind: 'behaviour',
      statement: 'the status beside a finished attempt (examples NotStarted, service Succeeded)',
      source: w(1, 'Status beside a finished attempt'),
      versions: V12,
      cover: { conflict: 'reference-1-status-beside-attempt' },
    }),
    rule({
      id: 'reference.deleteStatus',
      kind: 'status',
      statement: 'DELETE answers 204 (swagger, service) or 200 (v1.2 examples)',
      source: w(2, 'the v1.2 examples say 200'),
      versions: V12,
      cover: { conflict: 'reference-2-delete-status' },
    }),
    rule({
      id: 'v1.2.example.delete.status200',
      kind: 'status',
      statement: 'the v1.2 Delete example answers 200',
      source: { doc: 'v1.2.example.delete', where: '/responses/200', words: '"200": {}' },
      versions: V12,
      cover: { conflict: 'reference-2-delete-status' },
    }),
    rule({
      id: 'reference.modelVersionOnReads',
      kind: 'behaviour',
      statement: 'modelVersion: reads leave it out until an attempt exists; the examples always show it',
      source: w(3, 'Reads leave\n   `modelVersion` out until an attempt exists'),
      versions: V12,
      cover: { conflict: 'ga-model-version-until-attempt' },
    }),
    rule({
      id: 'reference.referenceType',
      kind: 'enum',
      statement:
        'verifyReferences[].referenceType: required enum Color|Infrared|Depth, yet examples and service say "image" or leave it out',
      source: w(6, '`verifyReferences[].referenceType`'),
      versions: V12,
      cover: { conflict: 'ga-verify-reference-type' },
    }),
    rule({
      id: 'reference.realFaceSpelling',
      kind: 'enum',
      statement: 'the v1.2 GetResult example writes livenessDecision "realFace"; the enum says realface',
      source: w(7, 'The v1.2 GetResult example writes `livenessDecision: "realFace"`'),
      versions: V12,
      cover: { conflict: 'reference-7-realFace' },
    }),
    rule({
      id: 'v1.2.example.getResult.realFace',
      kind: 'enum',
      statement: 'the v1.2 GetResult example: livenessDecision "realFace", status NotStarted beside a finished attempt',
      source: {
        doc: 'v1.2.example.getResult',
        where: '/responses/200/body/results/attempts/0/result/livenessDecision',
        words: '"livenessDecision": "realFace"',
      },
      versions: V12,
      cover: { conflict: 'reference-7-realFace' },
    }),
    rule({
      id: 'reference.authTokenOnReads',
      kind: 'behaviour',
      statement: 'authToken on reads: examples repeat the token, the service answers ""',
      source: w(8, '`authToken` on reads'),
      versions: V12,
      cover: { conflict: 'ga-read-auth-token-empty' },
    }),
    rule({
      id: 'reference.attemptOrder',
      kind: 'behaviour',
      statement: 'the order of attempts is not documented (examples list the newest first)',
      source: w(9, 'The order of attempts is not documented'),
      versions: V12,
      cover: { conflict: 'reference-9-attempt-order' },
    }),
    rule({
      id: 'reference.withVerifyJsonExample',
      kind: 'format',
      statement:
        'the with-verify create example sends JSON and answers {sessionId, authToken}; swagger and service: multipart, whole session',
      source: w(10, 'The v1.2 with-verify create example sends JSON'),
      versions: V12,
      cover: { conflict: 'reference-10-with-verify-json-example' },
    }),
    rule({
      id: 'reference.errorHeaderAbsent',
      kind: 'error',
      statement: 'x-ms-error-code is documented on every error; the service sends none on 404 and 429',
      source: w(13, '`x-ms-error-code` is documented on every error response'),
      versions: V12,
      cover: { conflict: 'error-code-header-absent' },
    }),
    rule({
      id: 'reference.attemptCount',
      kind: 'behaviour',
      statement: 'attempts per v1.2 session: swagger silent, client says up to 3 retries, example shows 2',
      source: w(14, 'Attempts per v1.2 session'),
      versions: V12,
      cover: { conflict: 'reference-14-attempt-count' },
    }),
  ];
}
