/**
 * Every field a create body documents, and how a client sees what the session was given (issue 23: "every
 * write read back … with every field the documents define (defaults included)"). A field a read defines is
 * compared on the reads (`createdValuesPersisted`, with its documented default when it was not sent, and
 * `sessionValuesKept` across reads); a field no read defines cannot be read back, so it is seen through
 * what it changes, by the checks named, its default included. `tests/checks/createFields.spec.ts` proves
 * every create field of every version has its row here, and that each row's read field or checks exist.
 */
import type { Capability } from '../schemas';
import { hasCapabilities } from '../schemas';

/** How one create field is seen in the versions that have a capability. */
export interface CreateFieldSeen {
  /** The versions this row speaks for: those with every one of these capabilities. */
  requires: readonly Capability[];
  /** The session member a read shows it in (compared on the reads), when a read defines one. */
  read?: string;
  /** The checks that see what it changes (or refuse its wrong values), when no read shows it. */
  checks: readonly string[];
  /** Why no read shows it (the documents' read definitions lack it), and what its effect is. */
  why?: string;
}

/** Reads of the previews: seeds' LivenessSession; of v1.2 and later: the v1.2 / v1.3 swagger LivenessSession. */
const NOT_ON_READ = 'no read defines it (seeds 000/003 LivenessSession; v1.2 and v1.3 swagger LivenessSession)';

/** Every create field of every version, by name (JSON members and v1.2's form-data fields alike). */
export const CREATE_FIELDS: Record<string, readonly CreateFieldSeen[]> = {
  livenessOperationMode: [
    {
      requires: ['sessionResult'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ}; the simulated device call does not depend on it: only its refusals are seen`,
    },
    {
      requires: ['attempts'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ}; the simulated device call does not depend on it: only its refusals are seen`,
    },
  ],
  authTokenTimeToLiveInSeconds: [
    { requires: ['sessionResult'], read: 'authTokenTimeToLiveInSeconds', checks: ['createdValuesPersisted'] },
    {
      requires: ['attempts'],
      checks: ['tokenExpiresAfterTtl', 'tokenExpiresAfterDefaultTtl', 'negativeDataRejection'],
      why: `${NOT_ON_READ} in v1.2 and later: the token stops working when it ends (the default 600 s too, opt-in)`,
    },
  ],
  deviceCorrelationId: [
    { requires: ['sessionResult'], read: 'deviceCorrelationId', checks: ['createdValuesPersisted'] },
    {
      requires: ['attempts'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ} in v1.2 and later; it serves rate limiting, which no document quantifies`,
    },
  ],
  deviceCorrelationIdSetInClient: [
    {
      requires: ['sessionResult'],
      checks: ['negativeDataRejection', 'createdValuesPersisted'],
      why: `${NOT_ON_READ}; default false: a create without deviceCorrelationId is then refused; true: the read's device id is the client's to set (not judged)`,
    },
    {
      requires: ['attempts'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ}; default false: a create without deviceCorrelationId is then refused`,
    },
  ],
  sendResultsToClient: [
    {
      requires: ['deviceResultsToClient'],
      checks: ['sendResultsToClientHonoured'],
      why: `${NOT_ON_READ}; the device call answers 200 with the result when true, 204 otherwise (default false)`,
    },
  ],
  enableSessionImage: [
    {
      requires: ['sessionResult', 'sessionImages'],
      checks: ['sessionImageStored'],
      why: `${NOT_ON_READ}; the audit entry of a device call names a session image only when asked`,
    },
    {
      requires: ['attempts'],
      checks: ['attemptNamesSessionImage'],
      why: `${NOT_ON_READ}; an attempt names its session image when asked, and none when not`,
    },
  ],
  livenessSingleModalModel: [
    {
      requires: ['sessionResult', 'sessionImages'],
      checks: ['modelVersionAsAsked'],
      why: `${NOT_ON_READ}; the device result's modelVersionUsed is the model asked for`,
    },
  ],
  livenessModelVersion: [{ requires: ['attempts'], read: 'modelVersion', checks: ['createdValuesPersisted'] }],
  returnVerifyImageHash: [
    {
      requires: ['sessionResult', 'sessionImages'],
      checks: ['verifyImageHashAsAsked'],
      why: `${NOT_ON_READ}; the audit entry carries the verify image's hash only when asked`,
    },
    {
      requires: ['attempts'],
      checks: ['attemptVerifyImageHashMatches'],
      why: `${NOT_ON_READ}; an attempt's verify image hash is the image's when asked, absent when not`,
    },
  ],
  verifyConfidenceThreshold: [
    {
      requires: ['sessionResult', 'sessionImages'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ}; it tunes the service's match decision (its model, no rule): only its range is seen`,
    },
    {
      requires: ['attempts'],
      checks: ['negativeDataRejection'],
      why: `${NOT_ON_READ}; it tunes the service's match decision (its model, no rule): only its range is seen`,
    },
  ],
  numberOfClientAttemptsAllowed: [
    {
      requires: ['attemptLimit'],
      checks: ['attemptLimitHonoured'],
      why: `${NOT_ON_READ}; the token allows that many device calls (default 1), the next is refused`,
    },
  ],
  userCorrelationId: [
    {
      requires: ['userCorrelation'],
      checks: [],
      why: `${NOT_ON_READ}; it serves rate limiting, which no document quantifies`,
    },
  ],
  userCorrelationIdSetInClient: [
    {
      requires: ['userCorrelation'],
      checks: [],
      why: `${NOT_ON_READ}; conflict reference-11: whether userCorrelationId must then be sent is contradicted`,
    },
  ],
  expectedClientIpAddress: [
    {
      requires: ['expectedClientIp'],
      read: 'expectedClientIpAddress',
      checks: ['createdValuesPersisted', 'sessionValuesKept'],
    },
  ],
};

/** The rows of a field that speak for a version. */
export const rowsFor = (field: string, version: string): readonly CreateFieldSeen[] =>
  (CREATE_FIELDS[field] ?? []).filter((r) => hasCapabilities(version, r.requires));
