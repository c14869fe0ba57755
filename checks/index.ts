/**
 * Every check of the suite, by module; importing this registers them all (each module registers its checks
 * when loaded, so every module is imported here). It exports by name only what files outside `checks/` use
 * (tests/lint/entryPoints.spec.ts).
 */
export type { Need, CheckContext, Finding, Check, CheckInfo } from './registry';
export { allChecks, checksForVersion } from './registry';
export type { Intent, ExchangeInput } from './types';
export { show } from './types';
export { responseSchemaConformance } from './response';
export { documentedErrorCode, authenticationRequired } from './rejection';
export {
  listSortedById,
  listStartExclusive,
  listTopHonoured,
  auditStartExclusive,
  auditTopHonoured,
  auditEntriesBelongToSession,
  pagingReturnsEachOnce,
} from './lists';
export { auditStartKeepsLaterEntries, revealingStart } from './auditStart';
export {
  newSessionNotStarted,
  resultOnlyWhenAvailable,
  createdSessionListed,
  deletedSessionNotFound,
  deletedSessionUnlisted,
  deletedTokenRevoked,
  tokenExpiresAfterTtl,
} from './session';
export { createdValuesPersisted } from './createdValues';
export { CREATE_FIELDS, rowsFor } from './createFields';
export type { DeviceObservation } from './device';
export {
  deviceCallAppendsOneEntry,
  auditIdsMatchDeviceCall,
  auditRecordsDeviceRequest,
  resultIsNewestAuditEntry,
  sendResultsToClientHonoured,
} from './device';
export { createReturnsWholeSession, attemptsNumberedFromOne } from './wholeSession';
export {
  sessionAttempts,
  deviceCallAppendsAttempt,
  statusFollowsAttempts,
  attemptNamesSessionImage,
  sessionImageIsImage,
  attemptVerifyImageHashMatches,
  tokenExpiresAfterDefaultTtl,
} from './attempts';
export { attemptLimitHonoured } from './attemptLimit';
export { boundaryValuesAccepted } from './boundary';
export { familiesSeparate } from './families';
export { serverTime, createdDateTimeIsCreation, sessionExpiredMatchesTtl } from './sessionTimes';
export { verifyResultOnlyWithVerify, auditBodyAlwaysRecorded } from './deviceResult';
export { listTopDefault, auditTopDefault } from './listDefaults';
export { sessionImageStored, verifyImageHashAsAsked, modelVersionAsAsked } from './createOptionsInAudit';
export {
  secondDeleteNotFound,
  otherFamilyDeleteLeavesSession,
  deletedSessionDataGone,
  deleteKeepsOtherImages,
} from './deleteSides';
export { KEPT_FIELDS, sessionValuesKept } from './readBack';
export { settingsPersist, clientAssetsTokenShape } from './settings';
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
