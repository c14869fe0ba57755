/**
 * v1.2 (GA): the structural rules of the official OpenAPI excerpt (extracted), how its definitions map onto
 * the suite's v1.2 schemas, and the rules its descriptions state in prose (typed by hand).
 */
import { factsToRules } from './coverage';
import type { NameMap, Override } from './coverage';
import { extractFacts } from './openapi';
import { sourceText } from './sources';
import type { Rule } from './types';
import { VALID_SIDE } from './validSide';

const DOC = 'v1.2.swagger';
const P = '/paths/~1detectLiveness-sessions';
const PV = '/paths/~1detectLivenessWithVerify-sessions';

/** Swagger definition → the suite's v1.2 schema location (null: the suite has none). */
export const V12_NAMES: NameMap = {
  'Azure.Core.Foundations.OperationState': 'OperationState',
  CreateLivenessSessionContent: 'CreateLivenessSessionContent',
  'CreateLivenessWithVerifySession.formData': 'CreateLivenessWithVerifySessionContent',
  FaceError: 'FaceError',
  FaceErrorResponse: 'FaceErrorResponse',
  FaceRectangle: 'FaceRectangle',
  // Only verifyReferences[].referenceType uses it, on which the sources disagree (reference README item 6).
  ImageType: null,
  LivenessColorDecisionTarget: 'LivenessColorDecisionTarget',
  LivenessDecision: 'LivenessDecision',
  LivenessDecisionTargets: 'LivenessDecisionTargets',
  LivenessError: 'LivenessError',
  LivenessModel: 'LivenessModel',
  LivenessOperationMode: 'LivenessOperationMode',
  LivenessResult: 'LivenessSessionAttemptResult',
  LivenessSession: 'LivenessSession',
  LivenessSessionAttempt: 'LivenessSessionAttempt',
  LivenessSessionResults: 'LivenessSessionResults',
  LivenessWithVerifyOutputs: 'LivenessSessionAttemptResult/properties/verifyResult',
  LivenessWithVerifyReference: 'LivenessWithVerifyReference',
  LivenessWithVerifyResult: 'LivenessSessionAttemptResult',
  LivenessWithVerifySession: 'LivenessWithVerifySession',
  LivenessWithVerifySessionAttempt: 'LivenessSessionAttempt',
  LivenessWithVerifySessionResults: 'LivenessWithVerifySessionResults',
};

/** The suite's schema states an int32 as its range. */
const INTEGER_FORMAT: Override = { checks: ['responseSchemaConformance'] };

/** Hand decisions where the schema comparison alone would say the wrong thing. */
const OVERRIDES: Record<string, Override> = {
  'v1.2.security.KeyAuth': { checks: ['authenticationRequired'] },
  'v1.2.security.AADToken': {
    notCheckable: {
      reason: 'the default run authenticates with the resource key; an Azure AD token needs a tenant',
      wouldMakeCheckable: 'a run with FACE_AAD_TOKEN set (every call then proves the scheme is accepted)',
    },
  },
  'v1.2.op.DeleteLivenessSession.status.204': {
    checks: ['statusCodeConformance', 'deletedSessionNotFound', 'deletedSessionDataGone'],
  },
  'v1.2.op.DeleteLivenessWithVerifySession.status.204': {
    checks: ['statusCodeConformance', 'deletedSessionNotFound', 'deletedSessionDataGone'],
  },
  'v1.2.op.CreateLivenessSession.status.200': { checks: ['statusCodeConformance', 'createReturnsWholeSession'] },
  'v1.2.op.CreateLivenessWithVerifySession.status.200': {
    checks: ['statusCodeConformance', 'createReturnsWholeSession'],
  },
  'v1.2.def.CreateLivenessSessionContent.authTokenTimeToLiveInSeconds.default': {
    checks: ['tokenExpiresAfterDefaultTtl'],
  },
  'v1.2.def.CreateLivenessWithVerifySession.formData.verifyImage.type': { checks: ['negativeDataRejection'] },
  'v1.2.def.CreateLivenessWithVerifySession.formData.required.verifyImage': { checks: ['negativeDataRejection'] },
  'v1.2.def.LivenessWithVerifyReference.required.referenceType': { conflict: 'ga-verify-reference-type' },
  'v1.2.def.LivenessWithVerifyReference.referenceType.enum': { conflict: 'ga-verify-reference-type' },
  'v1.2.def.ImageType.enum': { conflict: 'ga-verify-reference-type' },
  // Every int32 outside 60..86400 is outside the documented range too, which negativeDataRejection sends at
  // both bounds: the format refuses nothing the range does not.
  'v1.2.def.CreateLivenessSessionContent.authTokenTimeToLiveInSeconds.format': { checks: ['negativeDataRejection'] },
  'v1.2.def.CreateLivenessWithVerifySession.formData.authTokenTimeToLiveInSeconds.format': {
    checks: ['negativeDataRejection'],
  },
  // The suite states a response int32 as its range (as for v1.2-preview.1): responseSchemaConformance checks it.
  'v1.2.def.FaceRectangle.top.format': INTEGER_FORMAT,
  'v1.2.def.FaceRectangle.left.format': INTEGER_FORMAT,
  'v1.2.def.FaceRectangle.width.format': INTEGER_FORMAT,
  'v1.2.def.FaceRectangle.height.format': INTEGER_FORMAT,
  'v1.2.def.LivenessSessionAttempt.attemptId.format': INTEGER_FORMAT,
  'v1.2.def.LivenessWithVerifySessionAttempt.attemptId.format': INTEGER_FORMAT,
  'v1.2.def.LivenessWithVerifyOutputs.matchConfidence.format': {
    notCheckable: {
      reason: 'a JSON number carries no float/double distinction: every number in 0..1 is a float to within rounding',
      wouldMakeCheckable: 'a documented precision for matchConfidence',
    },
  },
  'v1.2.def.CreateLivenessWithVerifySession.formData.verifyConfidenceThreshold.format': {
    notCheckable: {
      reason:
        'a number sent as text or JSON carries no precision: every value in 0..1 reads as a float (rounded); the bounds are checked by negativeDataRejection',
      wouldMakeCheckable: 'a documented refusal of values a float cannot hold exactly',
    },
  },
  'v1.2.def.LivenessSessionAttempt.attemptId.type': {
    checks: ['responseSchemaConformance', 'attemptsNumberedFromOne'],
  },
};

/** v1.2 rules stated in the excerpt's descriptions (behaviour), typed by hand. */
const PROSE: Rule[] = [
  {
    id: 'v1.2.delete.revokesToken',
    kind: 'behaviour',
    statement: 'Deleting a session blocks further device calls made with its auth token',
    source: {
      doc: DOC,
      where: `${P}~1{sessionId}/delete/description`,
      words:
        'Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token.',
    },
    versions: ['v1.2'],
    checks: ['deletedTokenRevoked'],
  },
  {
    id: 'v1.2.create.tokenLifetime',
    kind: 'default',
    statement: 'A created session token lives 10 minutes (the default TTL, 600 s)',
    source: { doc: DOC, where: `${P}/post/description`, words: 'A token lifetime of 10 minutes.' },
    versions: ['v1.2'],
    checks: ['tokenExpiresAfterDefaultTtl'],
  },
  {
    id: 'v1.2.attempt.idFromOne',
    kind: 'behaviour',
    statement: 'Attempt ids start from 1',
    source: {
      doc: DOC,
      where: '/definitions/LivenessSessionAttempt/properties/attemptId/description',
      words: 'The attempt ID, start from 1.',
    },
    versions: ['v1.2'],
    checks: ['attemptsNumberedFromOne'],
  },
  {
    id: 'v1.2.attempt.resultOrError',
    kind: 'behaviour',
    statement: 'An attempt carries a result or an error, never both',
    source: {
      doc: DOC,
      where: '/definitions/LivenessSessionAttempt/properties/result/description',
      words: 'The result of the liveness call, will be null if there is error.',
    },
    versions: ['v1.2'],
    checks: ['responseSchemaConformance'],
  },
  {
    id: 'v1.2.create.deviceIdUnlessSetInClient',
    kind: 'required',
    statement: 'Unless deviceCorrelationIdSetInClient is true, deviceCorrelationId must be in the create request',
    source: {
      doc: DOC,
      where: '/definitions/CreateLivenessSessionContent/properties/deviceCorrelationIdSetInClient/description',
      words: "Default is false, and 'deviceCorrelationId' must be set in this request body.",
    },
    versions: ['v1.2'],
    checks: ['negativeDataRejection'],
  },
  {
    id: 'v1.2.create.deviceIdNullWhenSetInClient',
    kind: 'behaviour',
    statement: 'When deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null',
    source: {
      doc: DOC,
      where: '/definitions/CreateLivenessSessionContent/properties/deviceCorrelationId/description',
      words: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
    },
    versions: ['v1.2'],
    conflict: 'device-correlation-id-with-set-in-client',
  },
  {
    id: 'v1.2.create.modelDefaultsToLatest',
    kind: 'default',
    statement: 'Without livenessModelVersion, the latest supported model is chosen',
    source: {
      doc: DOC,
      where: '/definitions/CreateLivenessSessionContent/properties/livenessModelVersion/description',
      words: 'if this is not specified, then the latest supported model version will be chosen',
    },
    versions: ['v1.2'],
    notCheckable: {
      reason:
        'which model is "the latest supported" is not documented beyond the enum, and reads may leave modelVersion out until an attempt exists (reference README item 3)',
      wouldMakeCheckable: 'a documented latest model per version',
    },
  },
  {
    id: 'v1.2.verifyImage.filename',
    kind: 'format',
    statement: 'The verifyImage part of a with-verify create carries a filename',
    source: {
      doc: DOC,
      where: `${PV}/post/parameters/6/description`,
      words: 'Content-Disposition header field for this part must have filename.',
    },
    versions: ['v1.2'],
    notCheckable: {
      reason:
        'a client obligation: what a server answers a verifyImage part without a filename is not documented, so neither answer can fail',
      wouldMakeCheckable: 'a documented refusal (status and code) of such a part',
    },
  },
  {
    id: 'v1.2.result.digest',
    kind: 'behaviour',
    statement: 'The digest lets a client detect a tampered exchange by comparing with its own',
    source: {
      doc: DOC,
      where: '/definitions/LivenessResult/properties/digest/description',
      words: 'The server calculated digest for this request.',
    },
    versions: ['v1.2'],
    notCheckable: {
      reason: 'the digest algorithm is not documented; only the device SDK computes the client side',
      wouldMakeCheckable: 'a documented digest algorithm',
    },
  },
];

/** v1.2 rules of a session's life after create (attempts, status, session image, verify hash), typed by hand. */
const LIFE: Rule[] = [
  {
    id: 'v1.2.status.notStartedOnlyBeforeAttempts',
    kind: 'behaviour',
    statement: 'A session with an attempt no longer says NotStarted ("the operation has not started")',
    source: {
      doc: DOC,
      where: '/definitions/Azure.Core.Foundations.OperationState/x-ms-enum/values/0/description',
      words: 'The operation has not started.',
    },
    versions: ['v1.2'],
    checks: ['statusFollowsAttempts'],
  },
  {
    id: 'v1.2.create.ttlHonoured',
    kind: 'behaviour',
    statement: 'A session lasts the TTL it was created with: its token stops working after it',
    source: {
      doc: DOC,
      where: '/definitions/CreateLivenessSessionContent/properties/authTokenTimeToLiveInSeconds/description',
      words: 'Seconds the session should last for.',
    },
    versions: ['v1.2'],
    checks: ['tokenExpiresAfterTtl'],
  },
  {
    id: 'v1.2.create.enableSessionImage',
    kind: 'behaviour',
    statement:
      'With enableSessionImage true the session image is stored: each attempt result names it (sessionImageId)',
    source: {
      doc: DOC,
      where: '/definitions/CreateLivenessSessionContent/properties/enableSessionImage/description',
      words: 'Whether or not store the session image.',
    },
    versions: ['v1.2'],
    checks: ['attemptNamesSessionImage'],
  },
  {
    id: 'v1.2.sessionImage.readable',
    kind: 'behaviour',
    statement: 'Get Session Image answers 200 with the image stored during the session',
    source: {
      doc: DOC,
      where: '/paths/~1sessionImages~1{sessionImageId}/get/description',
      words: 'Get session image stored during the liveness session.',
    },
    versions: ['v1.2'],
    checks: ['sessionImageIsImage', 'deleteKeepsOtherImages'],
  },
  {
    id: 'v1.2.result.verifyImageHash',
    kind: 'behaviour',
    statement: 'With returnVerifyImageHash true, each with-verify result carries the SHA-256 of the verify image sent',
    source: {
      doc: DOC,
      where: '/definitions/LivenessWithVerifyResult/properties/verifyImageHash/description',
      words: 'The sha256 hash of the verify-image in the request.',
    },
    versions: ['v1.2'],
    checks: ['attemptVerifyImageHashMatches'],
  },
];

/** Every v1.2 rule: extracted from the excerpt (its text may be given, for tests), then the prose ones. */
export function v12Rules(text: string = sourceText(DOC)): Rule[] {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const facts = extractFacts({ doc: DOC, version: 'v1.2', prefix: 'v1.2' }, doc);
  return [...factsToRules(facts, DOC, 'v1.2', V12_NAMES, OVERRIDES, VALID_SIDE), ...PROSE, ...LIFE];
}
