import { expect, test } from '@playwright/test';
import type { ExchangeInput, Intent } from '../../checks';
import { documentedErrorCode } from '../../checks';
import type { RequestViolation } from '../../schemas';
import { documentedCodesFor, operation, registry } from '../../schemas';

/** The findings of documentedErrorCode on one answer; `undefined` when the check does not apply. */
function judge(opId: string, intent: Intent, status: number, code: string): string[] | undefined {
  const json = { error: { code, message: 'no' } };
  const input: ExchangeInput = {
    op: operation(opId),
    intent,
    exchange: {
      seq: 0,
      request: {
        operationId: opId,
        method: 'GET',
        path: '/x',
        auth: 'key',
        url: 'http://127.0.0.1/x',
        sentHeaders: {},
      },
      response: { status, headers: {}, text: JSON.stringify(json), json, bytes: 0 },
      startedAt: new Date(0).toISOString(),
      durationMs: 1,
      retries: 0,
    },
  };
  if (documentedErrorCode.applies && !documentedErrorCode.applies(input)) return undefined;
  const ctx = { version: 'v1.2' as const, registry: registry() };
  return documentedErrorCode.evaluate(input, ctx).map((f) => f.received);
}

const body = (instancePath: string, keyword: string, missingProperty?: string): RequestViolation => ({
  location: 'body',
  instancePath,
  keyword,
  ...(missingProperty ? { missingProperty } : {}),
});
const negative = (violation: RequestViolation): Intent => ({
  kind: 'negative',
  violation,
  scenario: 'wrong-type',
  documented: true,
});

test('an unknown session image may answer 404 with any code: no document names one', () => {
  for (const op of ['getSessionImageGa', 'getSessionImage']) {
    for (const code of ['SessionImageNotFound', 'NotFound', 'SessionNotFound']) {
      expect(judge(op, { kind: 'notFound' }, 404, code), `${op} ${code}`).toBeUndefined();
    }
  }
});

test('an unknown session answers 404 SessionNotFound (CONTRACT.md §3); another code fails', () => {
  for (const op of ['getLivenessSessionResultGa', 'getLivenessSessionResult']) {
    expect(judge(op, { kind: 'notFound' }, 404, 'SessionNotFound')).toEqual([]);
    expect(judge(op, { kind: 'notFound' }, 404, 'NotFound')).toEqual(['"NotFound"']);
  }
});

test('an exact create code only where CONTRACT.md §3 names it for the case', () => {
  expect(documentedCodesFor(body('', 'required', 'deviceCorrelationId'))).toEqual(['InvalidDeviceCorrelationId']);
  expect(documentedCodesFor(body('/deviceCorrelationId', 'maxLength'))).toEqual(['InvalidDeviceCorrelationId']);
  expect(documentedCodesFor(body('/authTokenTimeToLiveInSeconds', 'maximum'))).toEqual(['InvalidTokenLifetime']);
  expect(documentedCodesFor(body('/livenessOperationMode', 'enum'))).toEqual(['InvalidLivenessOperationMode']);
  // Named by no document: a wrong type, a missing mode, a bound of a later field, a described format.
  for (const v of [
    body('/authTokenTimeToLiveInSeconds', 'type'),
    body('', 'required', 'livenessOperationMode'),
    body('/verifyConfidenceThreshold', 'maximum'),
    body('/numberOfClientAttemptsAllowed', 'maximum'),
    body('/userCorrelationId', 'format'),
    body('', 'additionalProperties'),
  ]) {
    expect(documentedCodesFor(v), JSON.stringify(v)).toBeUndefined();
  }
  const create = 'createLivenessSessionGa';
  const wrongType = negative(body('/authTokenTimeToLiveInSeconds', 'type'));
  expect(judge(create, wrongType, 400, 'InvalidTtlType')).toBeUndefined();
  const tooLong = negative(body('/deviceCorrelationId', 'maxLength'));
  expect(judge(create, tooLong, 400, 'InvalidDeviceCorrelationId')).toEqual([]);
  expect(judge(create, tooLong, 400, 'BadArgument')).toEqual(['"BadArgument"']);
});
