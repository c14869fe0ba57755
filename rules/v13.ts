/**
 * v1.3-preview.1: the structural rules of its official OpenAPI excerpt (extracted), how its definitions map
 * onto the suite's v1.3 schemas (the v1.2 ones plus the additions), and the rules its descriptions state in
 * prose (typed by hand). The reference README's disagreements are conflicts, never checks.
 */
import { factsToRules } from './coverage';
import type { NameMap, Override } from './coverage';
import { extractFacts } from './openapi';
import { sourceText } from './sources';
import type { Rule } from './types';
import { V12_NAMES } from './v12';
import { VALID_SIDE } from './validSide';

const V13 = 'v1.3-preview.1';
const DOC = 'v1.3-preview.1.swagger';
const P = '/paths/~1detectLiveness-sessions';
const ID = 'v1.3-preview.1';

/** Swagger definition → the suite's v1.3 schema location: v1.2's map plus the definitions v1.3 adds. */
const V13_NAMES: NameMap = {
  ...V12_NAMES,
  AbuseMonitoringResult: 'AbuseMonitoringResult',
  ClientAssetsAccessTokenResponse: 'ClientAssetsAccessTokenResponse',
  ClientInformation: 'ClientInformation',
  LivenessAbuseMonitoringSetting: 'LivenessAbuseMonitoringSetting',
  LivenessAbuseMonitoringSettingUpdate: 'SettingsUpdate/properties/livenessAbuseMonitoring',
  OtherFlaggedSessions: 'OtherFlaggedSessions',
  QualityForRecognition: 'QualityForRecognition',
  Settings: 'Settings',
  SettingsUpdate: 'SettingsUpdate',
};

const BOOLEAN_OR_OBJECT: Override = { conflict: 'reference-5-boolean-or-object' };
const MODEL: Override = { conflict: 'reference-3-model-version-v13' };
/** The suite's schema states an int32 as its range (as v1.2 does): responseSchemaConformance checks it. */
const INTEGER_FORMAT: Override = { checks: ['responseSchemaConformance'] };
/** A request int32 whose documented range lies inside int32: negativeDataRejection sends both bounds' outsides. */
const REQUEST_INTEGER_FORMAT: Override = { checks: ['negativeDataRejection'] };

/** Hand decisions where the schema comparison alone would say the wrong thing. */
const OVERRIDES: Record<string, Override> = {
  [`${ID}.security.KeyAuth`]: { checks: ['authenticationRequired'] },
  [`${ID}.security.AADToken`]: {
    notCheckable: {
      reason: 'the default run authenticates with the resource key; an Azure AD token needs a tenant',
      wouldMakeCheckable: 'a run with FACE_AAD_TOKEN set (every call then proves the scheme is accepted)',
    },
  },
  [`${ID}.op.DeleteLivenessSession.status.204`]: {
    checks: ['statusCodeConformance', 'deletedSessionNotFound', 'deletedSessionDataGone'],
  },
  [`${ID}.op.DeleteLivenessWithVerifySession.status.204`]: {
    checks: ['statusCodeConformance', 'deletedSessionNotFound', 'deletedSessionDataGone'],
  },
  [`${ID}.op.CreateLivenessSession.status.200`]: { checks: ['statusCodeConformance', 'createReturnsWholeSession'] },
  [`${ID}.op.CreateLivenessWithVerifySession.status.200`]: {
    checks: ['statusCodeConformance', 'createReturnsWholeSession'],
  },
  [`${ID}.op.PatchSettings.status.200`]: { checks: ['statusCodeConformance', 'settingsPersist'] },
  [`${ID}.op.GetClientAssetsAccessToken.status.200`]: {
    checks: ['statusCodeConformance', 'clientAssetsTokenShape'],
  },
  // The GA expiry spec runs for v1.3 too (opt-in, it waits): a session created without a TTL expires after 600 s.
  [`${ID}.def.CreateLivenessSessionContent.authTokenTimeToLiveInSeconds.default`]: {
    checks: ['tokenExpiresAfterDefaultTtl'],
  },
  [`${ID}.def.ImageType.enum`]: { conflict: 'ga-verify-reference-type' },
  // Every int32 outside 60..86400 (TTL) or 1..3 (attempts) is outside the documented range too, which
  // negativeDataRejection sends at both bounds: the format refuses nothing the range does not.
  [`${ID}.def.CreateLivenessSessionContent.authTokenTimeToLiveInSeconds.format`]: REQUEST_INTEGER_FORMAT,
  [`${ID}.def.CreateLivenessWithVerifySession.formData.authTokenTimeToLiveInSeconds.format`]: REQUEST_INTEGER_FORMAT,
  [`${ID}.def.CreateLivenessWithVerifySession.formData.numberOfClientAttemptsAllowed.format`]: REQUEST_INTEGER_FORMAT,
  [`${ID}.def.FaceRectangle.top.format`]: INTEGER_FORMAT,
  [`${ID}.def.FaceRectangle.left.format`]: INTEGER_FORMAT,
  [`${ID}.def.FaceRectangle.width.format`]: INTEGER_FORMAT,
  [`${ID}.def.FaceRectangle.height.format`]: INTEGER_FORMAT,
  [`${ID}.def.LivenessSessionAttempt.attemptId.format`]: INTEGER_FORMAT,
  [`${ID}.def.LivenessWithVerifySessionAttempt.attemptId.format`]: INTEGER_FORMAT,
  [`${ID}.def.OtherFlaggedSessions.attemptId.format`]: INTEGER_FORMAT,
  [`${ID}.def.LivenessWithVerifyOutputs.matchConfidence.format`]: {
    notCheckable: {
      reason: 'a JSON number carries no float/double distinction: every number in 0..1 is a float to within rounding',
      wouldMakeCheckable: 'a documented precision for matchConfidence',
    },
  },
  [`${ID}.def.CreateLivenessWithVerifySession.formData.verifyConfidenceThreshold.format`]: {
    notCheckable: {
      reason:
        'a number sent as text or JSON carries no precision: every value in 0..1 reads as a float (rounded); the bounds are checked by negativeDataRejection',
      wouldMakeCheckable: 'a documented refusal of values a float cannot hold exactly',
    },
  },
  [`${ID}.def.CreateLivenessWithVerifySession.formData.verifyImage.type`]: { checks: ['negativeDataRejection'] },
  [`${ID}.def.CreateLivenessWithVerifySession.formData.required.verifyImage`]: { checks: ['negativeDataRejection'] },
  [`${ID}.def.CreateLivenessWithVerifySession.formData.numberOfClientAttemptsAllowed.minimum`]: {
    conflict: 'v13-attempts-allowed-below-one',
  },
  [`${ID}.def.CreateLivenessSessionContent.numberOfClientAttemptsAllowed.type`]: {
    conflict: 'reference-4-attempts-allowed-typing',
  },
  [`${ID}.def.LivenessWithVerifyReference.required.referenceType`]: { conflict: 'ga-verify-reference-type' },
  [`${ID}.def.LivenessWithVerifyReference.referenceType.enum`]: { conflict: 'ga-verify-reference-type' },
  [`${ID}.def.LivenessSessionAttempt.attemptId.type`]: {
    checks: ['responseSchemaConformance', 'attemptsNumberedFromOne'],
  },
  [`${ID}.def.LivenessSession.isAbuseMonitoringEnabled.type`]: BOOLEAN_OR_OBJECT,
  [`${ID}.def.LivenessWithVerifySession.isAbuseMonitoringEnabled.type`]: BOOLEAN_OR_OBJECT,
  [`${ID}.def.LivenessAbuseMonitoringSetting.enabled.type`]: BOOLEAN_OR_OBJECT,
  [`${ID}.def.LivenessAbuseMonitoringSettingUpdate.enabled.type`]: BOOLEAN_OR_OBJECT,
  [`${ID}.def.AbuseMonitoringResult.isAbuseDetected.type`]: BOOLEAN_OR_OBJECT,
  [`${ID}.def.LivenessSession.modelVersion.enum`]: MODEL,
  [`${ID}.def.LivenessWithVerifySession.modelVersion.enum`]: MODEL,
};

const createWhere = (property: string): string =>
  `/definitions/CreateLivenessSessionContent/properties/${property}/description`;

/** v1.3 rules stated in the excerpt's descriptions (behaviour), typed by hand. */
const PROSE: Rule[] = [
  {
    id: `${ID}.attempts.allowed`,
    kind: 'behaviour',
    statement:
      'A session token allows numberOfClientAttemptsAllowed liveness attempts (1 when not given); a further one is refused',
    source: {
      doc: DOC,
      where: createWhere('numberOfClientAttemptsAllowed'),
      words:
        'The number of times a client can attempt a liveness check using the same authToken. Default value is 1. Maximum value is 3.',
    },
    versions: [V13],
    checks: ['attemptLimitHonoured'],
  },
  {
    id: `${ID}.session.expectedClientIpAddress`,
    kind: 'behaviour',
    statement: 'A session shows the expectedClientIpAddress its create sent',
    source: {
      doc: DOC,
      where: '/definitions/LivenessSession/properties/expectedClientIpAddress/description',
      words: 'The expected IP address or CIDR block of the client that runs the liveness check.',
    },
    versions: [V13],
    checks: ['createdValuesPersisted'],
  },
  {
    id: `${ID}.settings.patchPersists`,
    kind: 'behaviour',
    statement:
      'PATCH /settings changes the setting: its answer and the next GET /settings show the value set (the value before, when the PATCH sets nothing: SettingsUpdate requires no member)',
    source: { doc: DOC, where: '/paths/~1settings/patch/description', words: 'Update the liveness setting object.' },
    versions: [V13],
    checks: ['settingsPersist'],
  },
  {
    id: `${ID}.clientAssets.base64`,
    kind: 'format',
    statement: 'base64AccessToken is the access token in base64',
    source: {
      doc: DOC,
      where: '/definitions/ClientAssetsAccessTokenResponse/properties/base64AccessToken/description',
      words: 'The base64 encoded access token.',
    },
    versions: [V13],
    checks: ['clientAssetsTokenShape'],
  },
  {
    id: `${ID}.sessionImage.isImage`,
    kind: 'behaviour',
    statement: 'With enableSessionImage, an attempt names its session image, which can be read and is an image',
    source: {
      doc: DOC,
      where: '/paths/~1sessionImages~1{sessionImageId}/get/description',
      words: 'Get session image stored during the liveness session.',
    },
    versions: [V13],
    checks: ['sessionImageIsImage', 'deleteKeepsOtherImages'],
  },
  {
    id: `${ID}.create.userIdUnlessSetInClient`,
    kind: 'required',
    statement: 'Unless userCorrelationIdSetInClient is true, userCorrelationId must be in the create request',
    source: {
      doc: DOC,
      where: createWhere('userCorrelationIdSetInClient'),
      words: "Default is false, and 'userCorrelationId' must be set in this request body.",
    },
    versions: [V13],
    conflict: 'v13-user-correlation-id-required',
  },
  {
    id: `${ID}.create.userIdNullWhenSetInClient`,
    kind: 'behaviour',
    statement: 'When userCorrelationIdSetInClient is true, userCorrelationId must be null',
    source: {
      doc: DOC,
      where: createWhere('userCorrelationId'),
      words: "If 'userCorrelationIdSetInClient' is true in this request, this 'userCorrelationId' must be null.",
    },
    versions: [V13],
    conflict: 'v13-user-correlation-id-with-set-in-client',
  },
  {
    id: `${ID}.create.deviceIdNullWhenSetInClient`,
    kind: 'behaviour',
    statement: 'When deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null',
    source: {
      doc: DOC,
      where: createWhere('deviceCorrelationId'),
      words: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
    },
    versions: [V13],
    conflict: 'device-correlation-id-with-set-in-client',
  },
  {
    id: `${ID}.attempt.idFromOne`,
    kind: 'behaviour',
    statement: 'Attempt ids start from 1',
    source: {
      doc: DOC,
      where: '/definitions/LivenessSessionAttempt/properties/attemptId/description',
      words: 'The attempt ID, start from 1.',
    },
    versions: [V13],
    checks: ['attemptsNumberedFromOne'],
  },
  {
    id: `${ID}.delete.revokesToken`,
    kind: 'behaviour',
    statement: 'Deleting a session blocks further device calls made with its auth token',
    source: {
      doc: DOC,
      where: `${P}~1{sessionId}/delete/description`,
      words:
        'Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token.',
    },
    versions: [V13],
    checks: ['deletedTokenRevoked'],
  },
  {
    id: `${ID}.session.abuseMonitoringEnabled`,
    kind: 'behaviour',
    statement: 'isAbuseMonitoringEnabled says whether abuse monitoring was on during the session',
    source: {
      doc: DOC,
      where: '/definitions/LivenessSession/properties/isAbuseMonitoringEnabled/description',
      words: 'Denotes if the abuse monitoring feature was enabled during this session.',
    },
    versions: [V13],
    notCheckable: {
      reason:
        "the setting is one per resource, shared with every other client of it (and changed by the suite's own settingsPersist, which may run beside the sessions' tests), and when a settings change reaches new sessions is not documented: a session's isAbuseMonitoringEnabled cannot be tied to one settings read",
      wouldMakeCheckable:
        'a documented moment from which a settings change applies to new sessions, and a run that owns the resource alone (settings read, session created, settings read again, serially)',
    },
  },
  {
    id: `${ID}.create.userCorrelationIdKept`,
    kind: 'behaviour',
    statement: 'The userCorrelationId sent identifies the end user for rate limiting and anti-hammering',
    source: {
      doc: DOC,
      where: createWhere('userCorrelationId'),
      words: 'Unique Guid per each end-user. This is to provide rate limiting and anti-hammering.',
    },
    versions: [V13],
    notCheckable: {
      reason: 'sessions do not show userCorrelationId, and rate limiting per user is not observable in a short run',
      wouldMakeCheckable: 'a documented read of the user id, or of the rate limit per user',
    },
  },
  {
    id: `${ID}.attempt.clientIp`,
    kind: 'behaviour',
    statement: "An attempt's clientInformation holds the client IP the service saw",
    source: {
      doc: DOC,
      where: '/definitions/ClientInformation/properties/ip/description',
      words: 'The client ip address seen during the liveness attempt.',
    },
    versions: [V13],
    notCheckable: {
      reason: 'the address a service sees depends on the network between it and the client (proxies, NAT)',
      wouldMakeCheckable: 'a run whose client address the target is known to see',
    },
  },
];

/** Every v1.3-preview.1 rule: extracted from the excerpt, then the prose ones. */
export function v13Rules(): Rule[] {
  const doc = JSON.parse(sourceText(DOC)) as Record<string, unknown>;
  const facts = extractFacts({ doc: DOC, version: V13, prefix: ID }, doc);
  return [...factsToRules(facts, DOC, V13, V13_NAMES, OVERRIDES, VALID_SIDE), ...PROSE];
}
