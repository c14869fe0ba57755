/** Every check of the suite, by module; importing this registers them all. */
export * from './registry';
export * from './types';
export * from './response';
export * from './headers';
export * from './rejection';
export * from './lists';
export * from './auditStart';
export * from './session';
export * from './createdValues';
export * from './createFields';
export * from './device';
export * from './wholeSession';
export * from './attempts';
export * from './attemptLimit';
export * from './boundary';
export * from './families';
export * from './sessionTimes';
export * from './deviceResult';
export * from './listDefaults';
export * from './createOptionsInAudit';
export * from './deleteSides';
export * from './readBack';
import type { Check } from './registry';
import { apimRequestIdPresent, contentTypeConformance, errorCodeHeaderMatchesBody } from './headers';
import {
  authenticationRequired,
  documentedErrorCode,
  negativeDataRejection,
  unknownSessionNotFound,
} from './rejection';
import { notAServerError, responseSchemaConformance, statusCodeConformance } from './response';
import type { ExchangeInput } from './types';

/** The checks every exchange goes through; each decides from the intent whether it applies. */
export const EXCHANGE_CHECKS: readonly Check<ExchangeInput>[] = [
  notAServerError,
  statusCodeConformance,
  responseSchemaConformance,
  contentTypeConformance,
  apimRequestIdPresent,
  errorCodeHeaderMatchesBody,
  negativeDataRejection,
  documentedErrorCode,
  unknownSessionNotFound,
  authenticationRequired,
];
export * from './settings';
