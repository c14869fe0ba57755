import { seedForeignSessions } from '../likeService/seed';
import {
  booleanFlags,
  contentTypeWithBoundary,
  deleteAnswers200,
  emptyTokenOnReads,
  imageReferenceType,
} from './answers';
import { leaveOutUnset, newerModelVersion, octetStreamImages, shuffleAttempts, shuffleAuditEntries } from './answers';
import { refuseFourthAttempt } from './attempts';
import {
  omitErrorCodeHeader,
  otherFramingStatus,
  pickUntiedCode,
  rateLimitNowAndThen,
  renameUnnamedCode,
} from './errors';
import type { Take } from './exchange';
import { datesWithOffset, extraHeaders, extraMembers } from './form';
import {
  addressOrCidr,
  attemptsAboveThreeJson,
  attemptsBelowOne,
  deviceIdWithSetInClient,
  flatSettings,
} from './requests';
import { guidUserCorrelationId, ignoreUnknownAndNull, imageBytesOnly, userIdMissing } from './requests';
import { userIdWithSetInClient } from './requests';

/**
 * How the widest server takes each liberty of the register (schemas/liberties/), by its id: the map is the
 * implementation, applied in this order (requests: the 429 first; answers: what changes codes and members
 * first, then dates, then the undocumented members and headers). tests/mock/widest.spec.ts fails on a
 * liberty without a take here, and on a take of no liberty.
 */
export function widestTakes(): Record<string, Take> {
  return {
    'rate-limited-any-time': { request: rateLimitNowAndThen() },
    'user-correlation-id-guid': { request: guidUserCorrelationId },
    'expected-client-ip-address-format': { request: addressOrCidr },
    'verify-image-is-image': { request: imageBytesOnly },
    'device-id-with-set-in-client-either': { request: deviceIdWithSetInClient },
    'user-id-with-set-in-client-either': { request: userIdWithSetInClient },
    'user-id-missing-either': { request: userIdMissing },
    'attempts-allowed-zero-either': { request: attemptsBelowOne },
    'attempts-allowed-four-json-either': { request: attemptsAboveThreeJson },
    'flat-patch-settings-either': { request: flatSettings },
    'fourth-attempt-either': { request: refuseFourthAttempt },
    'undocumented-request-variants': { request: ignoreUnknownAndNull },
    'lists-hold-other-sessions': { setup: (state, now) => void seedForeignSessions(state, now) },
    'unnamed-error-code': { answer: renameUnnamedCode },
    'code-among-documented': { answer: pickUntiedCode },
    'framing-refusal-status': { answer: otherFramingStatus },
    'error-code-header-omitted': { answer: omitErrorCodeHeader },
    'delete-either-status': { answer: deleteAnswers200 },
    'audit-entry-order': { answer: shuffleAuditEntries },
    'attempt-order': { answer: shuffleAttempts },
    'read-auth-token': { answer: emptyTokenOnReads },
    'unset-optional-members-absent': { answer: leaveOutUnset },
    'verify-reference-type': { answer: imageReferenceType },
    'session-image-media-type': { answer: octetStreamImages },
    'audit-content-type-parameters': { answer: contentTypeWithBoundary },
    'model-version-newer': { answer: newerModelVersion },
    'flags-boolean-or-object': { answer: booleanFlags },
    'date-precision-and-offset': { answer: datesWithOffset },
    'undocumented-response-fields': { answer: extraMembers },
    'undocumented-response-headers': { answer: extraHeaders },
  };
}
