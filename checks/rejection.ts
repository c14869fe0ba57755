import { documentedCodesFor } from '../schemas';
import { defineCheck } from './registry';
import type { ExchangeInput } from './types';
import { errorCode, show } from './types';

/**
 * Scenarios about the request's framing rather than its values: the documents name no status for them,
 * so any 4xx is a refusal (and no error code is expected).
 */
const FRAMING = new Set(['wrong-content-type', 'missing-body', 'missing-part']);

/** Rules 1-3: a request that breaks a documented constraint is refused with 400 (framing errors: any 4xx). */
export const negativeDataRejection = defineCheck<ExchangeInput>({
  name: 'negativeDataRejection',
  title: 'A request breaking a documented constraint is refused',
  rule: 'CONTRACT.md §3 rules 1-3: out-of-range start/top, invalid create bodies: 400',
  source: 'seeds 001/002 (start ≤ 64 chars, top in [1, 1000]); seed 003 request-body table',
  applies: ({ intent }) => intent.kind === 'negative' && intent.documented,
  evaluate: ({ exchange, intent }) => {
    if (intent.kind !== 'negative') return [];
    const status = exchange.response.status;
    if (FRAMING.has(intent.scenario)) {
      return status >= 400 && status < 500
        ? []
        : [
            {
              message: `request with ${intent.scenario} was answered ${status}`,
              pointer: '/status',
              expected: '4xx',
              received: `${status} ${show(exchange.response.json ?? exchange.response.text, 120)}`,
            },
          ];
    }
    const expected = intent.violation.location === 'path' ? [400, 404] : [400];
    return expected.includes(status)
      ? []
      : [
          {
            message: `request with ${intent.scenario} at ${intent.violation.location}${intent.violation.instancePath} was answered ${status}`,
            pointer: '/status',
            expected: expected.join(' or '),
            received: `${status} ${show(exchange.response.json ?? exchange.response.text, 120)}`,
          },
        ];
  },
});

function expectedCodes({ exchange, intent, op }: ExchangeInput): string[] | undefined {
  const { status } = exchange.response;
  if (intent.kind === 'negative' && intent.documented && status === 400) {
    if (intent.scenario === 'malformed-json') return ['BadArgument'];
    return FRAMING.has(intent.scenario) ? undefined : documentedCodesFor(intent.violation);
  }
  // The operation table's 404 codes: SessionNotFound on a session's path; none named for a session image.
  if (intent.kind === 'notFound' && status === 404) return op.errorCodes[404];
  if (intent.kind === 'unauthorized' && status === 401) return ['401'];
  return undefined;
}

/**
 * Where a document names a code for the case, the answer carries it (`documentedCodesFor`, the operation
 * table's 404 codes); where none does, any code in the FaceErrorResponse shape passes (not applicable).
 */
export const documentedErrorCode = defineCheck<ExchangeInput>({
  name: 'documentedErrorCode',
  title: 'Refusals carry the documented error code',
  rule: 'CONTRACT.md §3 error codes: BadArgument, InvalidTokenLifetime, InvalidLivenessOperationMode, InvalidDeviceCorrelationId, SessionNotFound, 401',
  source: 'service error-code reference (https://aka.ms/face-error-codes-and-messages), via CONTRACT.md §3',
  // Applies where the expected status came back with an error code: other statuses and shapes have their own checks.
  applies: (input) => expectedCodes(input) !== undefined && errorCode(input.exchange.response.json) !== undefined,
  evaluate: (input) => {
    const codes = expectedCodes(input) ?? [];
    const code = errorCode(input.exchange.response.json);
    return code !== undefined && codes.includes(code)
      ? []
      : [
          {
            message: `error code ${code} is not the documented one`,
            pointer: '/error/code',
            expected: codes.join(' | '),
            received: show(code),
          },
        ];
  },
});

/** Rule 6: an unknown session id gets 404. */
export const unknownSessionNotFound = defineCheck<ExchangeInput>({
  name: 'unknownSessionNotFound',
  title: 'An unknown session id gets 404',
  rule: 'CONTRACT.md §3 rule 6: unknown session id: 404',
  source: 'CONTRACT.md §3 (error-code reference: 404 SessionNotFound)',
  applies: ({ intent }) => intent.kind === 'notFound',
  evaluate: ({ exchange }) =>
    exchange.response.status === 404
      ? []
      : [
          {
            message: 'unknown session not answered 404',
            pointer: '/status',
            expected: '404',
            received: String(exchange.response.status),
          },
        ],
});

/** Rule 7 and §1: management calls need the resource key; device calls need the session token. */
export const authenticationRequired = defineCheck<ExchangeInput>({
  name: 'authenticationRequired',
  title: 'Missing or wrong credentials get 401',
  rule: 'CONTRACT.md §3 rule 7 and §1: no key, a wrong key, a session token on a management call, the resource key on a device call: 401',
  source: 'seeds 000-003 "Security: Ocp-Apim-Subscription-Key / AADToken"; CONTRACT.md §1 device calls',
  applies: ({ intent }) => intent.kind === 'unauthorized',
  evaluate: ({ exchange, intent }) =>
    intent.kind !== 'unauthorized' || exchange.response.status === 401
      ? []
      : [
          {
            message: `${intent.variant} was answered ${exchange.response.status}`,
            pointer: '/status',
            expected: '401',
            received: String(exchange.response.status),
          },
        ],
});
