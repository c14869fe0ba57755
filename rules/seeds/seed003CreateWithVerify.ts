/**
 * Seed 003: Create Liveness With Verify Session (Swedish), typed by hand with the original words (../shared/seeds/).
 */
import { notCheckable, rule } from '../helpers';
import { seedTableRules } from '../seedTables';
import type { Rule } from '../types';
import { FORTY_EIGHT_HOURS, V, VALID, common } from './common';

/** The rules seed003 states in prose and in its definition tables. */
export function seed003Rules(): Rule[] {
  const doc = 'seed003';
  const ttl = 'Intervallet är 60 till 8 6400 sekunder. Standardvärdet är 600.';
  const ttlGloss = 'The range is 60 to 86400 seconds. The default is 600.';
  return [
    ...common({
      doc,
      op: 'createWithVerify',
      ok: 'Ett lyckat anrop skapar en session för en klientenhet',
      unexpected: 'Ett oväntat felsvar.',
      gloss: 'An unexpected error response.',
    }),
    rule({
      id: 'seed003.create.mode.required',
      kind: 'required',
      statement: 'livenessOperationMode is required (missing: 400)',
      source: {
        doc,
        where: 'Request body › livenessOperationMode (Required column)',
        words: 'livenessOperationMode True',
      },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed003.create.ttl.range',
      kind: 'range',
      statement: 'authTokenTimeToLiveInSeconds is 60..86400 (outside: 400)',
      source: { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      versions: V,
      cover: ['negativeDataRejection', 'documentedErrorCode'],
    }),
    rule({
      id: 'seed003.create.ttl.range.accepted',
      kind: 'range',
      statement: 'TTL 60 and TTL 86400 are accepted',
      source: { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      versions: V,
      cover: VALID,
    }),
    rule({
      id: 'seed003.create.ttl.default',
      kind: 'default',
      statement: 'without a TTL the session gets 600',
      source: { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      versions: V,
      cover: ['createdValuesPersisted'],
    }),
    rule({
      id: 'seed003.create.deviceIdUnlessSetInClient',
      kind: 'required',
      statement: 'unless deviceCorrelationIdSetInClient is true, deviceCorrelationId must be given (missing: 400)',
      source: {
        doc,
        where: 'Request body › deviceCorrelationIdSetInClient',
        words: 'Standardvärdet är falskt och "deviceCorrelationId" måste anges i den här begärandetexten.',
        gloss: "The default is false, and 'deviceCorrelationId' must be set in this request body.",
      },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed003.create.deviceIdNullWhenSetInClient',
      kind: 'behaviour',
      statement:
        'when deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null (the example sends both)',
      source: {
        doc,
        where: 'Request body › deviceCorrelationId',
        words:
          'Om "deviceCorrelationIdSetInClient" är sant i den här begäran måste detta "deviceCorrelationId" vara null.',
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      versions: V,
      cover: { conflict: 'device-correlation-id-with-set-in-client' },
    }),
    rule({
      id: 'seed003.create.sendResultsToClient',
      kind: 'default',
      statement: 'sendResultsToClient defaults to false: the device gets 204 with no body; true: 200 with the result',
      source: {
        doc,
        where: 'Request body › sendResultsToClient',
        words: 'Standardvärdet är falskt, klienterna får ett tomt brödtextsvar "204 – NoContent".',
        gloss: 'The default is false; clients get an empty "204 - NoContent" body.',
      },
      versions: V,
      cover: ['sendResultsToClientHonoured'],
    }),
    rule({
      id: 'seed003.create.getResultAlwaysHasBody',
      kind: 'behaviour',
      statement: 'Get Session Result always shows the result, whatever sendResultsToClient says',
      source: {
        doc,
        where: 'Request body › sendResultsToClient',
        words: 'Oavsett val innehåller anropet Session GetResult alltid en svarstext',
        gloss: 'Regardless of the choice, the Session GetResult call always contains a response body',
      },
      versions: V,
      cover: ['resultIsNewestAuditEntry'],
    }),
    rule({
      id: 'seed003.create.modelDefaultsToLatest',
      kind: 'default',
      statement: 'without livenessSingleModalModel the latest supported model is chosen',
      source: {
        doc,
        where: 'Request body › livenessSingleModalModel',
        words: 'om detta inte anges väljs den senaste modellversionen som stöds',
        gloss: 'if this is not given, the latest supported model version is chosen',
      },
      versions: ['v1.2-preview.1'],
      cover: notCheckable(
        'which model is "the latest supported" is not documented beyond the enum; the session shows no model until a result exists',
        'a documented latest model per version',
      ),
    }),
    rule({
      id: 'seed003.create.model',
      kind: 'behaviour',
      statement: 'livenessSingleModalModel is the model used for the liveness classification (the result names it)',
      source: {
        doc,
        where: 'Request body › livenessSingleModalModel',
        words: 'Modellversionen som används för liveness-klassificering.',
        gloss: 'The model version used for liveness classification.',
      },
      versions: ['v1.2-preview.1'],
      cover: ['modelVersionAsAsked'],
    }),
    rule({
      id: 'seed003.create.sessionImage',
      kind: 'behaviour',
      statement: 'enableSessionImage says whether the session image is stored (the audit entry names it)',
      source: {
        doc,
        where: 'Request body › enableSessionImage',
        words: 'Om sessionsbilden ska lagras eller inte.',
        gloss: 'Whether or not to store the session image.',
      },
      versions: ['v1.2-preview.1'],
      cover: ['sessionImageStored'],
    }),
    rule({
      id: 'seed003.create.verifyImageHash',
      kind: 'behaviour',
      statement:
        "returnVerifyImageHash says whether the verify image's hash is returned (the audit entry's verifyImageHash)",
      source: {
        doc,
        where: 'Request body › returnVerifyImageHash',
        words: 'Oavsett om du returnerar verifieringsbildens hash eller inte.',
        gloss: "Whether or not to return the verify image's hash.",
      },
      versions: ['v1.2-preview.1'],
      cover: ['verifyImageHashAsAsked'],
    }),
    rule({
      id: 'seed003.create.verifyConfidenceThreshold',
      kind: 'behaviour',
      statement: 'verifyConfidenceThreshold is the confidence threshold of the face verification',
      source: {
        doc,
        where: 'Request body › verifyConfidenceThreshold',
        words: 'Tröskelvärde för konfidens för ansiktsverifieringen.',
        gloss: 'Confidence threshold for the face verification.',
      },
      versions: ['v1.2-preview.1'],
      cover: notCheckable(
        'the seed does not say how the threshold decides isIdentical (at the threshold or above it), and the real verification needs a payload only the device SDK produces',
        'a documented rule tying isIdentical to matchConfidence and the threshold',
      ),
    }),
    rule({
      id: 'seed003.create.threeRetries',
      kind: 'behaviour',
      statement: 'the device may call detectLivenessWithVerify up to 3 times',
      source: {
        doc,
        where: 'description › permissions',
        words: 'Möjlighet att anropa /detectLivenessWithVerify/singleModal för upp till 3 återförsök.',
        gloss: 'Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.',
      },
      versions: V,
      cover: notCheckable(
        'the real device call needs a payload only the device SDK produces; CONTRACT.md §4 leaves the limit out of the default run',
        'a documented refusal of the 4th call on the simulated device protocol',
      ),
    }),
    rule({
      id: 'seed003.create.tokenLifetime',
      kind: 'default',
      statement: 'a created token lives 10 minutes by default',
      source: {
        doc,
        where: 'description › permissions',
        words: 'En tokenlivslängd på 10 minuter.',
        gloss: 'A token lifetime of 10 minutes.',
      },
      versions: V,
      cover: ['createdValuesPersisted'],
    }),
    rule({
      id: 'seed003.delete.revokes',
      kind: 'behaviour',
      statement: 'deleting the session revokes the client access',
      source: {
        doc,
        where: 'description › note',
        words: 'Klientåtkomst kan återkallas genom att ta bort sessionen',
        gloss: 'Client access can be revoked by deleting the session',
      },
      versions: V,
      cover: ['deletedTokenRevoked'],
    }),
    rule({
      id: 'seed003.token.expiresAfterTtl',
      kind: 'behaviour',
      statement: 'the auth token expires after the TTL',
      source: {
        doc,
        where: 'Definitions › CreateLivenessWithVerifySessionResult › authToken',
        words: 'upphör att gälla efter TTL-tiden',
        gloss: 'expires after the TTL',
      },
      versions: V,
      cover: ['tokenExpiresAfterTtl'],
    }),
    rule({
      id: 'seed003.session.expiry48h',
      kind: 'behaviour',
      statement: 'a session expires 48 hours after it was created',
      source: {
        doc,
        where: 'Definitions › CreateLivenessWithVerifySessionResult › sessionId',
        words: 'Den upphör att gälla 48 timmar efter att den skapades',
        gloss: 'It expires 48 hours after it was created',
      },
      versions: V,
      cover: FORTY_EIGHT_HOURS,
    }),
    rule({
      id: 'seed003.create.verifyImageFromDevice',
      kind: 'behaviour',
      statement: 'without a verify image at create, the device sends VerifyImage in its call',
      source: {
        doc,
        where: 'description',
        words: 'Klientenheten skickar VerifyImage under /detectLivenessWithVerify/singleModal-anropet.',
        gloss: 'The client device sends VerifyImage during the /detectLivenessWithVerify/singleModal call.',
      },
      versions: V,
      cover: notCheckable(
        'the real device call needs a payload only the device SDK produces',
        'the simulated device protocol (CONTRACT.md §1) documented by the service',
      ),
    }),
    rule({
      id: 'seed003.create.verifyExpectedImage',
      kind: 'behaviour',
      statement: 'integrators should verify the client sends the expected VerifyImage',
      source: {
        doc,
        where: 'description › note',
        words: 'Extra åtgärder bör vidtas för att verifiera att klienten skickar den förväntade VerifyImage.',
        gloss: 'Extra measures should be taken to verify that the client sends the expected VerifyImage.',
      },
      versions: V,
      cover: notCheckable('advice to the integrator, not a server behaviour', 'none: not a server rule'),
    }),
    ...seedTableRules(
      doc,
      [
        'CreateLivenessWithVerifySessionJsonContent',
        'CreateLivenessWithVerifySessionResult',
        'FaceError',
        'FaceErrorResponse',
        'FaceRectangle',
        'LivenessWithVerifyImage',
      ],
      ['LivenessModel', 'LivenessOperationMode', 'QualityForRecognition'],
    ),
  ];
}
