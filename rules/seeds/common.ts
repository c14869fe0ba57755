/**
 * What the four seed pages share: the versions they describe, the covers several of them use, and the rules
 * every page states the same way (statuses, error body and header, security).
 */
import { AAD_NOT_CHECKED, PREVIEWS, notCheckable, rule } from '../helpers';
import type { Rule } from '../types';

/** The seeds describe both previews (CONTRACT.md §1). */
export const V = PREVIEWS;

/** A 48-hour limit: not checkable in a run that deletes what it creates. */
export const FORTY_EIGHT_HOURS = notCheckable(
  'a session would have to be kept 48 hours; the suite deletes every session it creates',
  'a target with a time scale (the mock --time-scale) and an expiry check that waits for it',
);

/** A valid-side rule: the boundary check sends its bounds. */
export const VALID = ['boundaryValuesAccepted'];

/** Where a seed page states its statuses: its document, operation, and the words of its response table. */
export interface SeedResponses {
  /** The seed's id in the inventory (`seed000`…). */
  doc: string;
  /** The operation's short name in rule ids. */
  op: string;
  /** The 200 row's words. */
  ok: string;
  /** The "Other Status Codes" row's words. */
  unexpected: string;
  /** Their English gloss. */
  gloss: string;
}

/** Rules every seed page states the same way: statuses, error body and header, security. */
export function common({ doc, op, ok, unexpected, gloss }: SeedResponses): Rule[] {
  return [
    rule({
      id: `${doc}.${op}.status.200`,
      kind: 'status',
      statement: `${op}: success is 200`,
      source: { doc, where: 'Responses: 200 OK', words: ok, gloss: 'The request has succeeded.' },
      versions: V,
      cover: ['statusCodeConformance'],
    }),
    rule({
      id: `${doc}.${op}.error.body`,
      kind: 'error',
      statement: `${op}: an error answer is a FaceErrorResponse`,
      source: { doc, where: 'Responses: Other Status Codes', words: unexpected, gloss },
      versions: V,
      cover: ['responseSchemaConformance', 'contentTypeConformance'],
    }),
    rule({
      id: `${doc}.${op}.error.header`,
      kind: 'error',
      statement: `${op}: an error answer's x-ms-error-code header is the error code`,
      source: { doc, where: 'Responses: Other Status Codes › headers', words: 'x-ms-error-code: string' },
      versions: V,
      cover: ['errorCodeHeaderMatchesBody'],
    }),
    rule({
      id: `${doc}.${op}.security.key`,
      kind: 'security',
      statement: `${op}: needs Ocp-Apim-Subscription-Key (401 without it)`,
      source: { doc, where: 'Security', words: 'Ocp-Apim-Subscription-Key' },
      versions: V,
      cover: ['authenticationRequired'],
    }),
    rule({
      id: `${doc}.${op}.security.aad`,
      kind: 'security',
      statement: `${op}: accepts an Azure AD token`,
      source: { doc, where: 'Security', words: 'AADToken' },
      versions: V,
      cover: AAD_NOT_CHECKED,
    }),
  ];
}
