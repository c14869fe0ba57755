import { defineCheck } from './registry';
import type { ExchangeInput } from './types';
import { errorCode, show } from './types';

/** Rule 7: every response carries an `apim-request-id` header. */
export const apimRequestIdPresent = defineCheck<ExchangeInput>({
  name: 'apimRequestIdPresent',
  title: 'Every response carries apim-request-id',
  rule: 'CONTRACT.md §3 rule 7: every response carries apim-request-id',
  source:
    'seeds 000/001 LivenessSessionAuditEntry.requestId ("returned in the apim-request-id header"); CONTRACT.md §1',
  evaluate: ({ exchange }) =>
    exchange.response.headers['apim-request-id']
      ? []
      : [
          {
            message: 'apim-request-id missing',
            pointer: '/headers/apim-request-id',
            expected: 'a request id',
            received: 'absent',
          },
        ],
});

/** A JSON body is labelled as JSON. */
export const contentTypeConformance = defineCheck<ExchangeInput>({
  name: 'contentTypeConformance',
  title: 'JSON bodies come with a JSON Content-Type',
  rule: 'CONTRACT.md §1-§2: success bodies and FaceErrorResponse are JSON documents',
  source: 'seeds 000-003 response samples (application/json)',
  applies: ({ exchange }) => exchange.response.bytes > 0 && exchange.response.json !== undefined,
  evaluate: ({ exchange }) => {
    const { response } = exchange;
    const type = response.headers['content-type'] ?? '';
    return /^application\/(.+\+)?json\b/i.test(type)
      ? []
      : [
          {
            message: 'JSON body without a JSON Content-Type',
            pointer: '/headers/content-type',
            expected: 'application/json',
            received: type || 'absent',
          },
        ];
  },
});

/**
 * Rule 6: an error answer's `x-ms-error-code` header, when the server sends it, equals its body's
 * `error.code`. The reference lists the header on every error, but the real service's 404 and 429 carry
 * none (../shared/recordings), so its absence is legal (conflict `error-code-header-absent`).
 */
export const errorCodeHeaderMatchesBody = defineCheck<ExchangeInput>({
  name: 'errorCodeHeaderMatchesBody',
  title: 'x-ms-error-code, when sent, equals error.code',
  rule: 'CONTRACT.md §3 rule 6: header x-ms-error-code, when the server sends it, equal to error.code',
  source:
    'seeds 000-003 "Other Status Codes: headers x-ms-error-code: string"; real service recordings (absent on 404 and 429)',
  // Applies to error answers that carry the header; the body shape is responseSchemaConformance's concern.
  applies: ({ exchange }) =>
    exchange.response.status >= 400 && exchange.response.headers['x-ms-error-code'] !== undefined,
  evaluate: ({ exchange }) => {
    const { response } = exchange;
    const code = errorCode(response.json);
    const header = response.headers['x-ms-error-code'];
    return header === code
      ? []
      : [
          {
            message: 'x-ms-error-code differs from error.code',
            pointer: '/headers/x-ms-error-code',
            expected: show(code),
            received: show(header),
          },
        ];
  },
});
