/**
 * Seed 001: Get Liveness Session Audit Entries (French), typed by hand with the original words (../shared/seeds/).
 */
import { rule } from '../helpers';
import { seedTableRules } from '../seedTables';
import type { Rule } from '../types';
import { FORTY_EIGHT_HOURS, V, VALID, common } from './common';

/** The rules seed001 states in prose and in its definition tables. */
export function seed001Rules(): Rule[] {
  const doc = 'seed001';
  return [
    ...common({
      doc,
      op: 'audit',
      ok: 'La demande a réussi.',
      unexpected: 'Réponse d’erreur inattendue.',
      gloss: 'An unexpected error response.',
    }),
    rule({
      id: 'seed001.audit.whatItLists',
      kind: 'behaviour',
      statement: "the audit lists the session's requests and response bodies",
      source: {
        doc,
        where: 'description',
        words: 'Obtient les requêtes de session et le corps de réponse pour la session.',
        gloss: 'Gets the session requests and response body for the session.',
      },
      versions: V,
      cover: ['deviceCallAppendsOneEntry'],
    }),
    rule({
      id: 'seed001.audit.startExclusive',
      kind: 'behaviour',
      statement: 'with start, only entries whose id is greater',
      source: {
        doc,
        where: 'URI parameters › start',
        words: 'Répertorier les ressources supérieures au « start ».',
        gloss: 'List resources greater than the "start".',
      },
      versions: V,
      cover: ['auditStartExclusive', 'auditStartKeepsLaterEntries'],
    }),
    rule({
      id: 'seed001.audit.start.maxLength',
      kind: 'length',
      statement: 'start has at most 64 characters (longer: 400)',
      source: {
        doc,
        where: 'URI parameters › start',
        words: 'Il ne contient pas plus de 64 caractères.',
        gloss: 'It contains no more than 64 characters.',
      },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed001.audit.start.maxLength.accepted',
      kind: 'length',
      statement: 'a start of exactly 64 characters is accepted',
      source: {
        doc,
        where: 'URI parameters › start',
        words: 'Il ne contient pas plus de 64 caractères.',
        gloss: 'It contains no more than 64 characters.',
      },
      versions: V,
      cover: VALID,
    }),
    rule({
      id: 'seed001.audit.start.default',
      kind: 'default',
      statement: 'without start, the audit lists from the first entry',
      source: {
        doc,
        where: 'URI parameters › start',
        words: 'La valeur par défaut est vide,',
        gloss: 'The default value is empty,',
      },
      versions: V,
      cover: ['deviceCallAppendsOneEntry'],
    }),
    rule({
      id: 'seed001.audit.top.range',
      kind: 'range',
      statement: 'top is 1..1000 (outside: 400), at most top entries',
      source: {
        doc,
        where: 'URI parameters › top',
        words: 'Nombre d’éléments à répertorier, compris dans [1, 1000].',
        gloss: 'Number of items to list, in [1, 1000].',
      },
      versions: V,
      cover: ['negativeDataRejection', 'auditTopHonoured'],
    }),
    rule({
      id: 'seed001.audit.top.range.accepted',
      kind: 'range',
      statement: 'top 1 and top 1000 are accepted',
      source: {
        doc,
        where: 'URI parameters › top',
        words: 'Nombre d’éléments à répertorier, compris dans [1, 1000].',
        gloss: 'Number of items to list, in [1, 1000].',
      },
      versions: V,
      cover: VALID,
    }),
    rule({
      id: 'seed001.audit.top.default',
      kind: 'default',
      statement: 'top defaults to 1000',
      source: {
        doc,
        where: 'URI parameters › top',
        words: 'La valeur par défaut est 1000.',
        gloss: 'The default value is 1000.',
      },
      versions: V,
      cover: ['auditTopDefault', 'auditTopHonoured'],
    }),
    rule({
      id: 'seed001.audit.top.format',
      kind: 'format',
      statement: 'top is an int32 integer',
      source: { doc, where: 'URI parameters › top (type column)', words: 'int32' },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed001.audit.sessionId',
      kind: 'behaviour',
      statement: "every entry's sessionId is the session asked for",
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: 'SessionId unique de la session créée.',
        gloss: 'Unique sessionId of the created session.',
      },
      versions: V,
      cover: ['auditEntriesBelongToSession'],
    }),
    rule({
      id: 'seed001.audit.requestId',
      kind: 'behaviour',
      statement: "an audit entry's requestId is the apim-request-id answered",
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › requestId',
        words: 'Id de requête unique retourné par le service au client dans l’en-tête « apim-request-id ».',
        gloss: "Unique request id returned by the service to the client in the 'apim-request-id' header.",
      },
      versions: V,
      cover: ['auditIdsMatchDeviceCall', 'apimRequestIdPresent'],
    }),
    rule({
      id: 'seed001.audit.clientRequestId',
      kind: 'behaviour',
      statement: "an audit entry's clientRequestId is the client-request-id sent",
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › clientRequestId',
        words: 'ClientRequestId unique envoyé par le client dans l’en-tête « client-request-id ».',
        gloss: "Unique clientRequestId sent by the client in the 'client-request-id' header.",
      },
      versions: V,
      cover: ['auditIdsMatchDeviceCall'],
    }),
    rule({
      id: 'seed001.audit.idPages',
      kind: 'behaviour',
      statement: 'an audit entry id used as start continues on the next page',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › id',
        words:
          'Utilisez cet ID avec le paramètre de requête « start » pour passer à la page suivante des résultats de l’audit.',
        gloss: "Use this id with the 'start' query parameter to go to the next page of audit results.",
      },
      versions: V,
      cover: ['auditStartExclusive'],
    }),
    rule({
      id: 'seed001.audit.request',
      kind: 'behaviour',
      statement: "an audit entry's request records the device call (url, method, length, content type, user agent)",
      source: {
        doc,
        where: 'Definitions › AuditRequestInfo › contentLength',
        words: 'Longueur du corps de la demande, exprimée en octets.',
        gloss: 'Length of the request body, in bytes.',
      },
      versions: V,
      cover: ['auditRecordsDeviceRequest'],
    }),
    rule({
      id: 'seed001.audit.statusCode',
      kind: 'behaviour',
      statement: "an audit entry's response.statusCode is the status the client got",
      source: {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › statusCode',
        words: 'Le code http status retourné au client.',
        gloss: 'The HTTP status code returned to the client.',
      },
      versions: V,
      cover: ['auditRecordsDeviceRequest'],
    }),
    rule({
      id: 'seed001.audit.sessionExpiry48h',
      kind: 'behaviour',
      statement: 'a session expires 48 hours after it was created',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: 'Il expirera 48 heures après sa création',
        gloss: 'It will expire 48 hours after its creation',
      },
      versions: V,
      cover: FORTY_EIGHT_HOURS,
    }),
    rule({
      id: 'seed001.audit.receivedUtc',
      kind: 'format',
      statement: 'receivedDateTime is a UTC date-time',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › receivedDateTime',
        words: 'DateTime UTC à laquelle la demande a été reçue.',
        gloss: 'UTC DateTime at which the request was received.',
      },
      versions: V,
      cover: ['responseSchemaConformance'],
    }),
    ...seedTableRules(
      doc,
      [
        'AuditLivenessResponseInfo',
        'AuditRequestInfo',
        'FaceError',
        'FaceErrorResponse',
        'FaceRectangle',
        'LivenessOutputsTarget',
        'LivenessResponseBody',
        'LivenessSessionAuditEntry',
        'LivenessWithVerifyImage',
        'LivenessWithVerifyOutputs',
      ],
      ['ImageType', 'LivenessDecision', 'LivenessModel', 'QualityForRecognition'],
    ),
  ];
}
