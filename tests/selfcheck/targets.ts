import type { MockOptions } from '../../mock';
import type { FaultContract, FaultSpec } from '../../mock/faults';
import { FAULTS } from '../../mock/faults';
import type { ContractVersion } from '../../schemas';
import { API_VERSIONS, GA_VERSIONS, hasCapabilities } from '../../schemas';
import { ADDITIONS_REQUIRE } from '../../runner';
import type { SpecFile } from './conformance.config';
import { EXPECTED_CHECK, NEEDS_EXPIRY } from './expected';

/**
 * One target of the self-check: a mock configuration, the run it gets and what that run must report.
 * Adding a target (another version's fault catalogue, another mock mode) is one more entry here.
 */
export interface Target {
  /** Unique within its version; the Playwright project name of its run. */
  name: string;
  version: ContractVersion;
  /** How the mock serving this target is started (faults, clock); every target has its own port and memory. */
  mock: MockOptions;
  /** The check that must report a failure; undefined: a clean target, where no check may fail. */
  expect?: string;
  /** A clean target's check that must pass at least once (proves the opt-in test really ran). */
  mustPass?: string;
  /** The spec files its run loads; default: every spec file of its version. */
  specs?: SpecFile[];
  /** FACE_* variables of this target's run, over the common ones. */
  env?: Record<string, string>;
  /**
   * Only the tests whose title (within the target) matches this regular expression. A fault target needs
   * only the tests that can see its fault; a wrong focus cannot hide a miss, it makes the target fail.
   */
  focus?: string;
}

/** The mock's faults are family-agnostic: one family's tests suffice for a fault (the clean targets run both). */
const ONE_FAMILY = '(?!.*WithVerify)';
const IN_NEGATIVES = `${ONE_FAMILY}(?=.*negative)`;
const IN_LIFECYCLE = `${ONE_FAMILY}(?=.*lifecycle)`;
const IN_ANSWERS = `${ONE_FAMILY}(?=.*(positive|lifecycle))`;
const IN_LISTS = `${ONE_FAMILY}(?=.*(lifecycle|session list))`;

/**
 * The preview tests that evaluate a check, by its name (a fault target runs only those of its expected
 * check). A check not named here gets every test of one family.
 */
const FOCUS_BY_CHECK: Record<string, string> = {
  responseSchemaConformance: IN_ANSWERS,
  statusCodeConformance: IN_ANSWERS,
  contentTypeConformance: IN_ANSWERS,
  apimRequestIdPresent: IN_ANSWERS,
  negativeDataRejection: IN_NEGATIVES,
  documentedErrorCode: IN_NEGATIVES,
  notAServerError: IN_NEGATIVES,
  errorCodeHeaderMatchesBody: IN_NEGATIVES,
  authenticationRequired: `${ONE_FAMILY}(?=.*(negative|lifecycle))`,
  unknownSessionNotFound: `${ONE_FAMILY}(?=.*(negative|lifecycle))`,
  listSortedById: IN_LISTS,
  listStartExclusive: IN_LISTS,
  listTopHonoured: IN_LISTS,
  pagingReturnsEachOnce: IN_LISTS,
  deviceCallAppendsOneEntry: IN_LIFECYCLE,
  createdSessionListed: IN_LIFECYCLE,
  deletedSessionUnlisted: IN_LIFECYCLE,
  auditStartExclusive: IN_LIFECYCLE,
  auditTopHonoured: IN_LIFECYCLE,
  auditStartKeepsLaterEntries: IN_LIFECYCLE,
  createdValuesPersisted: IN_LIFECYCLE,
  newSessionNotStarted: IN_LIFECYCLE,
  deletedSessionNotFound: IN_LIFECYCLE,
  deletedTokenRevoked: IN_LIFECYCLE,
  auditIdsMatchDeviceCall: IN_LIFECYCLE,
  auditRecordsDeviceRequest: IN_LIFECYCLE,
  resultIsNewestAuditEntry: IN_LIFECYCLE,
  sendResultsToClientHonoured: IN_LIFECYCLE,
  auditEntriesBelongToSession: IN_LIFECYCLE,
  boundaryValuesAccepted: `${ONE_FAMILY}(?=.*boundary)`,
  // Both of its tests name both families: the describe title says which session crosses over.
  familiesSeparate: '(?=.*families apart)',
  createdDateTimeIsCreation: IN_LIFECYCLE,
  sessionExpiredMatchesTtl: IN_LIFECYCLE,
  verifyResultOnlyWithVerify: IN_LIFECYCLE,
  auditBodyAlwaysRecorded: IN_LIFECYCLE,
  listTopDefault: IN_LISTS,
  auditTopDefault: IN_LIFECYCLE,
  sessionImageStored: IN_LIFECYCLE,
  // Only a with-verify session sends a verify image.
  verifyImageHashAsAsked: '(?=.*lifecycle)(?=.*livenessWithVerify)',
  modelVersionAsAsked: IN_LIFECYCLE,
  secondDeleteNotFound: IN_LIFECYCLE,
  otherFamilyDeleteLeavesSession: IN_LIFECYCLE,
  deletedSessionDataGone: IN_LIFECYCLE,
  sessionValuesKept: IN_LIFECYCLE,
};

/** Preview faults whose focus is not their check's: those only a with-verify session shows. */
const PREVIEW_FOCUS_BY_FAULT: Record<string, string> = {
  'image-at-create-result-stale': '(?=.*lifecycle)(?=.*livenessWithVerify)',
};

/** Whether a fault breaks a rule of this version (a fault may name the versions whose documents state it). */
const inVersion = (f: FaultSpec, version: ContractVersion): boolean => !f.versions || f.versions.includes(version);

/** The tests of the attempt limit and settings that evaluate each of their checks (specs/attemptLimitAndSettings.spec.ts). */
const ADDITIONS_FOCUS: Record<string, string> = {
  attemptLimitHonoured: `${ONE_FAMILY}(?=.*numberOfClientAttemptsAllowed)`,
  createdValuesPersisted: `${ONE_FAMILY}(?=.*numberOfClientAttemptsAllowed)`,
  settingsPersist: '(?=.*settings: PATCH)',
  clientAssetsTokenShape: '(?=.*client assets token)',
  sessionImageIsImage: '(?=.*session image:)',
  // GA-design checks that count for the additions' rules too (the GA lifecycle's delete).
  deletedTokenRevoked: `${ONE_FAMILY}(?=.*lifecycle)`,
  sessionValuesKept: `${ONE_FAMILY}(?=.*lifecycle)`,
  // Faults of the additions caught by the exchange checks: the tests that show them.
  responseSchemaConformance: `${ONE_FAMILY}(?=.*(numberOfClientAttemptsAllowed|device call))`,
};

/**
 * The opt-in expiry test alone, with a short wait: the mock's clock runs 20 times faster, so the 60 s TTL
 * passes in 3 s, the 3.5 s wait is 70 s, and the list before the wait has the 1.75 s the test gives it
 * (half the wait) to come back before the TTL, even on a loaded machine (a fresh mock's first create and list
 * take up to about 0.8 s there; the mutation bench relies on that list coming before the TTL).
 */
const EXPIRY = { specs: ['expiry'] as SpecFile[], env: { FACE_CHECK_EXPIRY_WAIT_MS: '3500' } };
/** The mock's clock of the preview expiry targets. */
const EXPIRY_SCALE = 20;

/** The targets of one preview version: the clean mock, the clean mock with the opt-in expiry, each fault. */
function previewTargets(version: ContractVersion): Target[] {
  return [
    { name: 'clean', version, mock: {} },
    { name: 'clean-expiry', version, mock: { timeScale: EXPIRY_SCALE }, mustPass: 'tokenExpiresAfterTtl', ...EXPIRY },
    ...FAULTS.filter((f) => f.contracts.includes('preview') && inVersion(f, version)).map((f): Target => ({
      name: f.name,
      version,
      expect: EXPECTED_CHECK[f.name],
      ...(NEEDS_EXPIRY.has(f.name)
        ? { mock: { faults: [f.name], timeScale: EXPIRY_SCALE }, ...EXPIRY }
        : {
            mock: { faults: [f.name] },
            focus: PREVIEW_FOCUS_BY_FAULT[f.name] ?? FOCUS_BY_CHECK[EXPECTED_CHECK[f.name]] ?? ONE_FAMILY,
          }),
    })),
  ];
}

/** The GA tests that see a fault: the model-based lifecycle (device calls, session images, deletes). */
const GA_LIFECYCLE = `${ONE_FAMILY}(?=.*lifecycle)`;
/** The with-verify lifecycle alone: faults only a with-verify session shows. */
const GA_WITH_VERIFY = '(?=.*lifecycle.*livenessWithVerify)';

/** The GA tests that evaluate a check, by its name; a check not named here gets every test of one family. */
const GA_FOCUS_BY_CHECK: Record<string, string> = {
  deviceCallAppendsAttempt: GA_LIFECYCLE,
  statusFollowsAttempts: GA_LIFECYCLE,
  attemptNamesSessionImage: GA_LIFECYCLE,
  sessionImageIsImage: GA_LIFECYCLE,
  attemptVerifyImageHashMatches: GA_WITH_VERIFY,
  deletedTokenRevoked: GA_LIFECYCLE,
  familiesSeparate: '(?=.*families apart)',
  secondDeleteNotFound: GA_LIFECYCLE,
  otherFamilyDeleteLeavesSession: GA_LIFECYCLE,
  deletedSessionDataGone: GA_LIFECYCLE,
  deleteKeepsOtherImages: GA_LIFECYCLE,
};

/** GA faults whose focus is not their check's: those only a with-verify session or one test shows. */
const GA_FOCUS_BY_FAULT: Record<string, string> = {
  'ga-match-confidence-above-one': GA_WITH_VERIFY,
  'ga-verify-references-missing': GA_WITH_VERIFY,
  'ga-result-without-targets': GA_LIFECYCLE,
  'attempt-spoof-decision-outside-enum': GA_LIFECYCLE,
  'ga-face-rectangle-fractional': GA_LIFECYCLE,
  'ga-face-rectangle-beyond-int32': GA_LIFECYCLE,
  'ga-attempt-result-and-error': GA_LIFECYCLE,
  'ga-unknown-image-500': `${ONE_FAMILY}(?=.*unknown session 404)`,
  'management-accepts-session-token': GA_LIFECYCLE,
  'ga-accept-threshold-out-of-range': '(?=.*livenessWithVerify: invalid creates)',
  'ga-accept-missing-verify-image': '(?=.*livenessWithVerify: invalid creates)',
  'ga-accept-unknown-model-version': `${ONE_FAMILY}(?=.*invalid creates)`,
};

/**
 * The GA opt-in expiry tests alone (v1.2 and v1.3-preview.1): 70 ms is 70 s on the fast mock clock (past the 60 s TTL), and the
 * default-TTL test waits ten times that (700 s, past 600).
 */
const GA_EXPIRY = { specs: ['attemptsExpiry'] as SpecFile[], env: { FACE_CHECK_EXPIRY_WAIT_MS: '70' } };

/**
 * The targets of a GA-design version: the clean mock, the clean opt-in expiry and each fault of its
 * catalogue. A version without the attempt limit and settings (v1.2) plants the GA faults; one with them
 * (v1.3-preview.1, and any version based on it: the same mock code for the rules it keeps) plants the faults
 * of those rules and of the GA-design checks they point at (token after delete, default TTL).
 */
function gaTargets(version: ContractVersion): Target[] {
  const withAdditions = hasCapabilities(version, ADDITIONS_REQUIRE);
  const contract: FaultContract = withAdditions ? 'attemptLimitAndSettings' : 'ga';
  return [
    { name: 'clean', version, mock: {} },
    {
      name: 'clean-expiry',
      version,
      mock: { timeScale: 1000 },
      mustPass: 'tokenExpiresAfterDefaultTtl',
      ...GA_EXPIRY,
    },
    ...FAULTS.filter((f) => f.contracts.includes(contract) && inVersion(f, version)).map((f): Target => ({
      name: f.name,
      version,
      expect: EXPECTED_CHECK[f.name],
      ...(NEEDS_EXPIRY.has(f.name)
        ? { mock: { faults: [f.name], timeScale: 1000 }, ...GA_EXPIRY }
        : {
            mock: { faults: [f.name] },
            focus: withAdditions
              ? (ADDITIONS_FOCUS[EXPECTED_CHECK[f.name]] ?? ONE_FAMILY)
              : (GA_FOCUS_BY_FAULT[f.name] ?? GA_FOCUS_BY_CHECK[EXPECTED_CHECK[f.name]] ?? ONE_FAMILY),
          }),
    })),
  ];
}

/**
 * The widest legal server (mock/widest: every liberty of schemas/liberties at once), alone and over the
 * service-like layer: clean targets, so the whole suite must report no failure on either (issue 20).
 */
function widestTargets(version: ContractVersion): Target[] {
  return [
    { name: 'widest', version, mock: { widest: true } },
    { name: 'widest+likeService', version, mock: { widest: true, likeService: { ratePerSecond: 0 } } },
  ];
}

/** The versions whose widest targets run: every supported version. */
export const WIDEST_VERSIONS: readonly ContractVersion[] = [...API_VERSIONS, ...GA_VERSIONS];

/** Every target of the self-check, all versions. */
export const TARGETS: Target[] = [
  ...API_VERSIONS.flatMap(previewTargets),
  ...GA_VERSIONS.flatMap(gaTargets),
  ...WIDEST_VERSIONS.flatMap(widestTargets),
];
