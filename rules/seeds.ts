/**
 * The rules the four seeds state in prose (operation descriptions, parameter cells, definition
 * descriptions), typed by hand with the original words, plus their definition tables (`seedTables.ts`).
 */
import { AAD_NOT_CHECKED, PREVIEWS, notCheckable, rule } from './helpers';
import { seedTableRules } from './seedTables';
import type { Rule } from './types';

const V = PREVIEWS;
const FORTY_EIGHT_HOURS = notCheckable(
  'a session would have to be kept 48 hours; the suite deletes every session it creates',
  'a target with a time scale (the mock --time-scale) and an expiry check that waits for it',
);
const VALID = ['boundaryValuesAccepted'];

/** Rules every seed page states the same way: statuses, error body and header, security. */
function common(doc: string, op: string, ok: string, unexpected: string, gloss: string): Rule[] {
  return [
    rule(
      `${doc}.${op}.status.200`,
      'status',
      `${op}: success is 200`,
      { doc, where: 'Responses: 200 OK', words: ok, gloss: 'The request has succeeded.' },
      V,
      ['statusCodeConformance'],
    ),
    rule(
      `${doc}.${op}.error.body`,
      'error',
      `${op}: an error answer is a FaceErrorResponse`,
      { doc, where: 'Responses: Other Status Codes', words: unexpected, gloss },
      V,
      ['responseSchemaConformance', 'contentTypeConformance'],
    ),
    rule(
      `${doc}.${op}.error.header`,
      'error',
      `${op}: an error answer's x-ms-error-code header is the error code`,
      { doc, where: 'Responses: Other Status Codes › headers', words: 'x-ms-error-code: string' },
      V,
      ['errorCodeHeaderMatchesBody'],
    ),
    rule(
      `${doc}.${op}.security.key`,
      'security',
      `${op}: needs Ocp-Apim-Subscription-Key (401 without it)`,
      { doc, where: 'Security', words: 'Ocp-Apim-Subscription-Key' },
      V,
      ['authenticationRequired'],
    ),
    rule(
      `${doc}.${op}.security.aad`,
      'security',
      `${op}: accepts an Azure AD token`,
      { doc, where: 'Security', words: 'AADToken' },
      V,
      AAD_NOT_CHECKED,
    ),
  ];
}

function seed000(): Rule[] {
  const doc = 'seed000';
  return [
    ...common(doc, 'getResult', '要求は成功しました。', '予期しないエラー応答。', 'An unexpected error response.'),
    rule(
      'seed000.session.resultOnlyWhenAvailable',
      'behaviour',
      'result is set only when status is ResultAvailable, and it is the newest audit entry',
      {
        doc,
        where: 'Definitions › LivenessSession › result',
        words: "最新のセッション監査結果は、状態 == 'ResultAvailable' の場合にのみ設定されます。",
        gloss: "The latest session audit result, only populated if status == 'ResultAvailable'.",
      },
      V,
      ['resultOnlyWhenAvailable', 'resultIsNewestAuditEntry'],
    ),
    rule(
      'seed000.example.resultWithNotStarted',
      'behaviour',
      'The example shows status NotStarted together with a result',
      { doc, where: 'Examples › response sample', words: '"status": "NotStarted",' },
      V,
      { conflict: 'result-with-not-started-status' },
    ),
    rule(
      'seed000.session.ttl.range',
      'range',
      'authTokenTimeToLiveInSeconds is 60..86400',
      {
        doc,
        where: 'Definitions › LivenessSession › authTokenTimeToLiveInSeconds',
        words: '範囲は 60 ~ 86400 秒です。',
        gloss: 'The range is 60 to 86400 seconds.',
      },
      V,
      ['responseSchemaConformance'],
    ),
    rule(
      'seed000.session.ttl.default',
      'default',
      'authTokenTimeToLiveInSeconds defaults to 600',
      {
        doc,
        where: 'Definitions › LivenessSession › authTokenTimeToLiveInSeconds',
        words: '既定値は 600 です。',
        gloss: 'The default is 600.',
      },
      V,
      ['createdValuesPersisted'],
    ),
    rule(
      'seed000.session.deviceIdNull',
      'behaviour',
      'deviceCorrelationId is null when deviceCorrelationIdSetInClient was true',
      {
        doc,
        where: 'Definitions › LivenessSession › deviceCorrelationId',
        words:
          "この要求で 'deviceCorrelationIdSetInClient' が true の場合、この 'deviceCorrelationId' は null である必要があります。",
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      V,
      { conflict: 'device-correlation-id-with-set-in-client' },
    ),
    rule(
      'seed000.session.startedDateTime',
      'behaviour',
      'sessionStartDateTime is when the client started the session',
      {
        doc,
        where: 'Definitions › LivenessSession › sessionStartDateTime',
        words: 'このセッションがクライアントによって開始された DateTime。',
        gloss: 'The DateTime when this session was started by the client.',
      },
      V,
      ['resultIsNewestAuditEntry'],
    ),
    rule(
      'seed000.session.createdDateTime',
      'behaviour',
      'createdDateTime is when the session was created',
      {
        doc,
        where: 'Definitions › LivenessSession › createdDateTime',
        words: 'このセッションが作成されたときの DateTime。',
        gloss: 'The DateTime when this session was created.',
      },
      V,
      ['createdDateTimeIsCreation'],
    ),
    rule(
      'seed000.session.expired',
      'behaviour',
      'sessionExpired says whether the session has expired',
      {
        doc,
        where: 'Definitions › LivenessSession › sessionExpired',
        words: 'セッションの有効期限が切れているかどうか。',
        gloss: 'Whether or not the session is expired.',
      },
      V,
      ['sessionExpiredMatchesTtl'],
    ),
    rule(
      'seed000.audit.requestId',
      'behaviour',
      "an audit entry's requestId is the apim-request-id answered",
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › requestId',
        words: "サービスによって 'apim-request-id' ヘッダー内のクライアントに返される一意の requestId。",
        gloss: "The unique requestId returned by the service to the client in the 'apim-request-id' header.",
      },
      V,
      ['auditIdsMatchDeviceCall', 'apimRequestIdPresent'],
    ),
    rule(
      'seed000.audit.clientRequestId',
      'behaviour',
      "an audit entry's clientRequestId is the client-request-id sent",
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › clientRequestId',
        words: '"client-request-id" ヘッダーでクライアントによって送信される一意の clientRequestId。',
        gloss: "The unique clientRequestId sent by the client in the 'client-request-id' header.",
      },
      V,
      ['auditIdsMatchDeviceCall'],
    ),
    rule(
      'seed000.audit.idPages',
      'behaviour',
      'an audit entry id used as start continues on the next page',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › id',
        words: "この ID を 'start' クエリ パラメーターと共に使用して、監査結果の次のページに進みます。",
        gloss: "Use this id with the 'start' query parameter to continue to the next page of audit results.",
      },
      V,
      ['auditStartExclusive'],
    ),
    rule(
      'seed000.audit.sessionExpiry48h',
      'behaviour',
      'a session expires 48 hours after it was created',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: '作成されてから 48 時間後に期限切れになるか',
        gloss: 'it expires 48 hours after it was created',
      },
      V,
      FORTY_EIGHT_HOURS,
    ),
    rule(
      'seed000.audit.digest',
      'behaviour',
      'the digest lets a client detect a tampered exchange',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › digest',
        words: 'この要求のサーバー計算ダイジェスト。',
        gloss: 'The server-computed digest of this request.',
      },
      V,
      notCheckable(
        'the digest algorithm is not documented; only the device SDK computes the client side',
        'a documented digest algorithm',
      ),
    ),
    rule(
      'seed000.audit.request',
      'behaviour',
      "an audit entry's request records the device call's url, method, length, content type and user agent",
      {
        doc,
        where: 'Definitions › AuditRequestInfo › url',
        words: 'ライブネス要求の相対 URL とクエリ。',
        gloss: 'The relative URL and query of the liveness request.',
      },
      V,
      ['auditRecordsDeviceRequest'],
    ),
    rule(
      'seed000.audit.statusCode',
      'behaviour',
      "an audit entry's response.statusCode is the status the client got",
      {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › statusCode',
        words: 'クライアントに返される HTTP 状態コード。',
        gloss: 'The HTTP status code returned to the client.',
      },
      V,
      ['auditRecordsDeviceRequest'],
    ),
    rule(
      'seed000.audit.latency',
      'behaviour',
      'latencyInMilliseconds is the latency the server measured',
      {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › latencyInMilliseconds',
        words: 'サーバーは、この要求の待機時間をミリ秒単位で測定しました。',
        gloss: 'The server measured latency of this request in milliseconds.',
      },
      V,
      notCheckable(
        'only the server can measure its own latency; the client-side time includes the network',
        'none for a black-box run (its type is checked)',
      ),
    ),
    rule(
      'seed000.result.verifyOnlyWithVerify',
      'behaviour',
      'verifyResult is present only for a liveness-with-verify call',
      {
        doc,
        where: 'Definitions › LivenessResponseBody › verifyResult',
        words: '要求が検証を使用したライブネスの場合にのみ使用できます。',
        gloss: 'Only available when the request is liveness with verify.',
      },
      V,
      ['verifyResultOnlyWithVerify'],
    ),
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
        'LivenessSession',
        'LivenessSessionAuditEntry',
        'LivenessWithVerifyImage',
        'LivenessWithVerifyOutputs',
      ],
      ['FaceSessionStatus', 'ImageType', 'LivenessDecision', 'LivenessModel', 'QualityForRecognition'],
    ),
  ];
}

function seed001(): Rule[] {
  const doc = 'seed001';
  return [
    ...common(doc, 'audit', 'La demande a réussi.', 'Réponse d’erreur inattendue.', 'An unexpected error response.'),
    rule(
      'seed001.audit.whatItLists',
      'behaviour',
      "the audit lists the session's requests and response bodies",
      {
        doc,
        where: 'description',
        words: 'Obtient les requêtes de session et le corps de réponse pour la session.',
        gloss: 'Gets the session requests and response body for the session.',
      },
      V,
      ['deviceCallAppendsOneEntry'],
    ),
    rule(
      'seed001.audit.startExclusive',
      'behaviour',
      'with start, only entries whose id is greater',
      {
        doc,
        where: 'URI parameters › start',
        words: 'Répertorier les ressources supérieures au « start ».',
        gloss: 'List resources greater than the "start".',
      },
      V,
      ['auditStartExclusive'],
    ),
    rule(
      'seed001.audit.start.maxLength',
      'length',
      'start has at most 64 characters (longer: 400)',
      {
        doc,
        where: 'URI parameters › start',
        words: 'Il ne contient pas plus de 64 caractères.',
        gloss: 'It contains no more than 64 characters.',
      },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed001.audit.start.maxLength.accepted',
      'length',
      'a start of exactly 64 characters is accepted',
      {
        doc,
        where: 'URI parameters › start',
        words: 'Il ne contient pas plus de 64 caractères.',
        gloss: 'It contains no more than 64 characters.',
      },
      V,
      VALID,
    ),
    rule(
      'seed001.audit.start.default',
      'default',
      'without start, the audit lists from the first entry',
      {
        doc,
        where: 'URI parameters › start',
        words: 'La valeur par défaut est vide,',
        gloss: 'The default value is empty,',
      },
      V,
      ['deviceCallAppendsOneEntry'],
    ),
    rule(
      'seed001.audit.top.range',
      'range',
      'top is 1..1000 (outside: 400), at most top entries',
      {
        doc,
        where: 'URI parameters › top',
        words: 'Nombre d’éléments à répertorier, compris dans [1, 1000].',
        gloss: 'Number of items to list, in [1, 1000].',
      },
      V,
      ['negativeDataRejection', 'auditTopHonoured'],
    ),
    rule(
      'seed001.audit.top.range.accepted',
      'range',
      'top 1 and top 1000 are accepted',
      {
        doc,
        where: 'URI parameters › top',
        words: 'Nombre d’éléments à répertorier, compris dans [1, 1000].',
        gloss: 'Number of items to list, in [1, 1000].',
      },
      V,
      VALID,
    ),
    rule(
      'seed001.audit.top.default',
      'default',
      'top defaults to 1000',
      {
        doc,
        where: 'URI parameters › top',
        words: 'La valeur par défaut est 1000.',
        gloss: 'The default value is 1000.',
      },
      V,
      ['auditTopDefault', 'auditTopHonoured'],
    ),
    rule(
      'seed001.audit.top.format',
      'format',
      'top is an int32 integer',
      { doc, where: 'URI parameters › top (type column)', words: 'int32' },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed001.audit.sessionId',
      'behaviour',
      "every entry's sessionId is the session asked for",
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: 'SessionId unique de la session créée.',
        gloss: 'Unique sessionId of the created session.',
      },
      V,
      ['auditEntriesBelongToSession'],
    ),
    rule(
      'seed001.audit.requestId',
      'behaviour',
      "an audit entry's requestId is the apim-request-id answered",
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › requestId',
        words: 'Id de requête unique retourné par le service au client dans l’en-tête « apim-request-id ».',
        gloss: "Unique request id returned by the service to the client in the 'apim-request-id' header.",
      },
      V,
      ['auditIdsMatchDeviceCall', 'apimRequestIdPresent'],
    ),
    rule(
      'seed001.audit.clientRequestId',
      'behaviour',
      "an audit entry's clientRequestId is the client-request-id sent",
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › clientRequestId',
        words: 'ClientRequestId unique envoyé par le client dans l’en-tête « client-request-id ».',
        gloss: "Unique clientRequestId sent by the client in the 'client-request-id' header.",
      },
      V,
      ['auditIdsMatchDeviceCall'],
    ),
    rule(
      'seed001.audit.idPages',
      'behaviour',
      'an audit entry id used as start continues on the next page',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › id',
        words:
          'Utilisez cet ID avec le paramètre de requête « start » pour passer à la page suivante des résultats de l’audit.',
        gloss: "Use this id with the 'start' query parameter to go to the next page of audit results.",
      },
      V,
      ['auditStartExclusive'],
    ),
    rule(
      'seed001.audit.request',
      'behaviour',
      "an audit entry's request records the device call (url, method, length, content type, user agent)",
      {
        doc,
        where: 'Definitions › AuditRequestInfo › contentLength',
        words: 'Longueur du corps de la demande, exprimée en octets.',
        gloss: 'Length of the request body, in bytes.',
      },
      V,
      ['auditRecordsDeviceRequest'],
    ),
    rule(
      'seed001.audit.statusCode',
      'behaviour',
      "an audit entry's response.statusCode is the status the client got",
      {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › statusCode',
        words: 'Le code http status retourné au client.',
        gloss: 'The HTTP status code returned to the client.',
      },
      V,
      ['auditRecordsDeviceRequest'],
    ),
    rule(
      'seed001.audit.sessionExpiry48h',
      'behaviour',
      'a session expires 48 hours after it was created',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: 'Il expirera 48 heures après sa création',
        gloss: 'It will expire 48 hours after its creation',
      },
      V,
      FORTY_EIGHT_HOURS,
    ),
    rule(
      'seed001.audit.receivedUtc',
      'format',
      'receivedDateTime is a UTC date-time',
      {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › receivedDateTime',
        words: 'DateTime UTC à laquelle la demande a été reçue.',
        gloss: 'UTC DateTime at which the request was received.',
      },
      V,
      ['responseSchemaConformance'],
    ),
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

function seed002(): Rule[] {
  const doc = 'seed002';
  return [
    ...common(doc, 'list', '要求は成功しました。', '予期しないエラー応答。', 'An unexpected error response.'),
    rule(
      'seed002.list.sortedById',
      'behaviour',
      'items are sorted by id ascending',
      {
        doc,
        where: 'description',
        words: '結果は sessionId で昇順に並べ替える必要があります。',
        gloss: 'Results must be sorted by sessionId in ascending order.',
      },
      V,
      ['listSortedById', 'pagingReturnsEachOnce'],
    ),
    rule(
      'seed002.list.startExclusive',
      'behaviour',
      'only sessions whose id is greater than start',
      {
        doc,
        where: 'URI parameters › start',
        words: '"開始" より大きいリソースを一覧表示します。',
        gloss: 'Lists resources greater than "start".',
      },
      V,
      ['listStartExclusive', 'pagingReturnsEachOnce'],
    ),
    rule(
      'seed002.list.start.maxLength',
      'length',
      'start has at most 64 characters (longer: 400)',
      {
        doc,
        where: 'URI parameters › start',
        words: '含まれる文字数は 64 文字以下です。',
        gloss: 'It contains 64 characters or fewer.',
      },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed002.list.start.maxLength.accepted',
      'length',
      'a start of exactly 64 characters is accepted',
      {
        doc,
        where: 'URI parameters › start',
        words: '含まれる文字数は 64 文字以下です。',
        gloss: 'It contains 64 characters or fewer.',
      },
      V,
      VALID,
    ),
    rule(
      'seed002.list.start.default',
      'default',
      'without start, the list starts at the first session',
      { doc, where: 'URI parameters › start', words: '既定値は空です。', gloss: 'The default is empty.' },
      V,
      ['createdSessionListed', 'pagingReturnsEachOnce'],
    ),
    rule(
      'seed002.list.top.range',
      'range',
      'top is 1..1000 (outside: 400), at most top items',
      {
        doc,
        where: 'URI parameters › top',
        words: '[1, 1000] の範囲の、一覧表示する項目の数。',
        gloss: 'The number of items to list, in the range [1, 1000].',
      },
      V,
      ['negativeDataRejection', 'listTopHonoured'],
    ),
    rule(
      'seed002.list.top.range.accepted',
      'range',
      'top 1 and top 1000 are accepted',
      {
        doc,
        where: 'URI parameters › top',
        words: '[1, 1000] の範囲の、一覧表示する項目の数。',
        gloss: 'The number of items to list, in the range [1, 1000].',
      },
      V,
      VALID,
    ),
    rule(
      'seed002.list.top.default',
      'default',
      'top defaults to 1000',
      { doc, where: 'URI parameters › top', words: '既定値は 1000 です。', gloss: 'The default is 1000.' },
      V,
      ['listTopDefault', 'listTopHonoured'],
    ),
    rule(
      'seed002.list.top.format',
      'format',
      'top is an int32 integer',
      { doc, where: 'URI parameters › top (type column)', words: 'int32' },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed002.item.ttl.range',
      'range',
      'authTokenTimeToLiveInSeconds is 60..86400',
      {
        doc,
        where: 'Definitions › LivenessSessionItem › authTokenTimeToLiveInSeconds',
        words: '範囲は 60 ~ 86400 秒です。',
        gloss: 'The range is 60 to 86400 seconds.',
      },
      V,
      ['responseSchemaConformance'],
    ),
    rule(
      'seed002.item.ttl.default',
      'default',
      'authTokenTimeToLiveInSeconds defaults to 600',
      {
        doc,
        where: 'Definitions › LivenessSessionItem › authTokenTimeToLiveInSeconds',
        words: '既定値は 600 です。',
        gloss: 'The default is 600.',
      },
      V,
      ['createdValuesPersisted'],
    ),
    rule(
      'seed002.item.deviceIdNull',
      'behaviour',
      'deviceCorrelationId is null when deviceCorrelationIdSetInClient was true',
      {
        doc,
        where: 'Definitions › LivenessSessionItem › deviceCorrelationId',
        words:
          "この要求で 'deviceCorrelationIdSetInClient' が true の場合、この 'deviceCorrelationId' は null である必要があります。",
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      V,
      { conflict: 'device-correlation-id-with-set-in-client' },
    ),
    ...seedTableRules(doc, ['FaceError', 'FaceErrorResponse', 'LivenessSessionItem'], []),
  ];
}

function seed003(): Rule[] {
  const doc = 'seed003';
  const ttl = 'Intervallet är 60 till 8 6400 sekunder. Standardvärdet är 600.';
  const ttlGloss = 'The range is 60 to 86400 seconds. The default is 600.';
  return [
    ...common(
      doc,
      'createWithVerify',
      'Ett lyckat anrop skapar en session för en klientenhet',
      'Ett oväntat felsvar.',
      'An unexpected error response.',
    ),
    rule(
      'seed003.create.mode.required',
      'required',
      'livenessOperationMode is required (missing: 400)',
      { doc, where: 'Request body › livenessOperationMode (Required column)', words: 'livenessOperationMode True' },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed003.create.ttl.range',
      'range',
      'authTokenTimeToLiveInSeconds is 60..86400 (outside: 400)',
      { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      V,
      ['negativeDataRejection', 'documentedErrorCode'],
    ),
    rule(
      'seed003.create.ttl.range.accepted',
      'range',
      'TTL 60 and TTL 86400 are accepted',
      { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      V,
      VALID,
    ),
    rule(
      'seed003.create.ttl.default',
      'default',
      'without a TTL the session gets 600',
      { doc, where: 'Request body › authTokenTimeToLiveInSeconds', words: ttl, gloss: ttlGloss },
      V,
      ['createdValuesPersisted'],
    ),
    rule(
      'seed003.create.deviceIdUnlessSetInClient',
      'required',
      'unless deviceCorrelationIdSetInClient is true, deviceCorrelationId must be given (missing: 400)',
      {
        doc,
        where: 'Request body › deviceCorrelationIdSetInClient',
        words: 'Standardvärdet är falskt och "deviceCorrelationId" måste anges i den här begärandetexten.',
        gloss: "The default is false, and 'deviceCorrelationId' must be set in this request body.",
      },
      V,
      ['negativeDataRejection'],
    ),
    rule(
      'seed003.create.deviceIdNullWhenSetInClient',
      'behaviour',
      'when deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null (the example sends both)',
      {
        doc,
        where: 'Request body › deviceCorrelationId',
        words:
          'Om "deviceCorrelationIdSetInClient" är sant i den här begäran måste detta "deviceCorrelationId" vara null.',
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      V,
      { conflict: 'device-correlation-id-with-set-in-client' },
    ),
    rule(
      'seed003.create.sendResultsToClient',
      'default',
      'sendResultsToClient defaults to false: the device gets 204 with no body; true: 200 with the result',
      {
        doc,
        where: 'Request body › sendResultsToClient',
        words: 'Standardvärdet är falskt, klienterna får ett tomt brödtextsvar "204 – NoContent".',
        gloss: 'The default is false; clients get an empty "204 - NoContent" body.',
      },
      V,
      ['sendResultsToClientHonoured'],
    ),
    rule(
      'seed003.create.getResultAlwaysHasBody',
      'behaviour',
      'Get Session Result always shows the result, whatever sendResultsToClient says',
      {
        doc,
        where: 'Request body › sendResultsToClient',
        words: 'Oavsett val innehåller anropet Session GetResult alltid en svarstext',
        gloss: 'Regardless of the choice, the Session GetResult call always contains a response body',
      },
      V,
      ['resultIsNewestAuditEntry'],
    ),
    rule(
      'seed003.create.modelDefaultsToLatest',
      'default',
      'without livenessSingleModalModel the latest supported model is chosen',
      {
        doc,
        where: 'Request body › livenessSingleModalModel',
        words: 'om detta inte anges väljs den senaste modellversionen som stöds',
        gloss: 'if this is not given, the latest supported model version is chosen',
      },
      ['v1.2-preview.1'],
      notCheckable(
        'which model is "the latest supported" is not documented beyond the enum; the session shows no model until a result exists',
        'a documented latest model per version',
      ),
    ),
    rule(
      'seed003.create.threeRetries',
      'behaviour',
      'the device may call detectLivenessWithVerify up to 3 times',
      {
        doc,
        where: 'description › permissions',
        words: 'Möjlighet att anropa /detectLivenessWithVerify/singleModal för upp till 3 återförsök.',
        gloss: 'Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.',
      },
      V,
      notCheckable(
        'the real device call needs a payload only the device SDK produces; CONTRACT.md §4 leaves the limit out of the default run',
        'a documented refusal of the 4th call on the simulated device protocol',
      ),
    ),
    rule(
      'seed003.create.tokenLifetime',
      'default',
      'a created token lives 10 minutes by default',
      {
        doc,
        where: 'description › permissions',
        words: 'En tokenlivslängd på 10 minuter.',
        gloss: 'A token lifetime of 10 minutes.',
      },
      V,
      ['createdValuesPersisted'],
    ),
    rule(
      'seed003.delete.revokes',
      'behaviour',
      'deleting the session revokes the client access',
      {
        doc,
        where: 'description › note',
        words: 'Klientåtkomst kan återkallas genom att ta bort sessionen',
        gloss: 'Client access can be revoked by deleting the session',
      },
      V,
      ['deletedTokenRevoked'],
    ),
    rule(
      'seed003.token.expiresAfterTtl',
      'behaviour',
      'the auth token expires after the TTL',
      {
        doc,
        where: 'Definitions › CreateLivenessWithVerifySessionResult › authToken',
        words: 'upphör att gälla efter TTL-tiden',
        gloss: 'expires after the TTL',
      },
      V,
      ['tokenExpiresAfterTtl'],
    ),
    rule(
      'seed003.session.expiry48h',
      'behaviour',
      'a session expires 48 hours after it was created',
      {
        doc,
        where: 'Definitions › CreateLivenessWithVerifySessionResult › sessionId',
        words: 'Den upphör att gälla 48 timmar efter att den skapades',
        gloss: 'It expires 48 hours after it was created',
      },
      V,
      FORTY_EIGHT_HOURS,
    ),
    rule(
      'seed003.create.verifyImageFromDevice',
      'behaviour',
      'without a verify image at create, the device sends VerifyImage in its call',
      {
        doc,
        where: 'description',
        words: 'Klientenheten skickar VerifyImage under /detectLivenessWithVerify/singleModal-anropet.',
        gloss: 'The client device sends VerifyImage during the /detectLivenessWithVerify/singleModal call.',
      },
      V,
      notCheckable(
        'the real device call needs a payload only the device SDK produces',
        'the simulated device protocol (CONTRACT.md §1) documented by the service',
      ),
    ),
    rule(
      'seed003.create.verifyExpectedImage',
      'behaviour',
      'integrators should verify the client sends the expected VerifyImage',
      {
        doc,
        where: 'description › note',
        words: 'Extra åtgärder bör vidtas för att verifiera att klienten skickar den förväntade VerifyImage.',
        gloss: 'Extra measures should be taken to verify that the client sends the expected VerifyImage.',
      },
      V,
      notCheckable('advice to the integrator, not a server behaviour', 'none: not a server rule'),
    ),
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

/** Every rule of the four seeds. */
export function seedRules(): Rule[] {
  return [...seed000(), ...seed001(), ...seed002(), ...seed003()];
}
