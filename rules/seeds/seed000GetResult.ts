/**
 * Seed 000: Get Liveness Session Result (Japanese), typed by hand with the original words (../shared/seeds/).
 */
import { notCheckable, rule } from '../helpers';
import { seedTableRules } from '../seedTables';
import type { Rule } from '../types';
import { FORTY_EIGHT_HOURS, V, common } from './common';

/** The rules seed000 states in prose and in its definition tables. */
export function seed000Rules(): Rule[] {
  const doc = 'seed000';
  return [
    ...common({
      doc,
      op: 'getResult',
      ok: '要求は成功しました。',
      unexpected: '予期しないエラー応答。',
      gloss: 'An unexpected error response.',
    }),
    rule({
      id: 'seed000.session.resultOnlyWhenAvailable',
      kind: 'behaviour',
      statement: 'result is set only when status is ResultAvailable, and it is the newest audit entry',
      source: {
        doc,
        where: 'Definitions › LivenessSession › result',
        words: "最新のセッション監査結果は、状態 == 'ResultAvailable' の場合にのみ設定されます。",
        gloss: "The latest session audit result, only populated if status == 'ResultAvailable'.",
      },
      versions: V,
      cover: ['resultOnlyWhenAvailable', 'resultIsNewestAuditEntry'],
    }),
    rule({
      id: 'seed000.example.resultWithNotStarted',
      kind: 'behaviour',
      statement: 'The example shows status NotStarted together with a result',
      source: { doc, where: 'Examples › response sample', words: '"status": "NotStarted",' },
      versions: V,
      cover: { conflict: 'result-with-not-started-status' },
    }),
    rule({
      id: 'seed000.session.ttl.range',
      kind: 'range',
      statement: 'authTokenTimeToLiveInSeconds is 60..86400',
      source: {
        doc,
        where: 'Definitions › LivenessSession › authTokenTimeToLiveInSeconds',
        words: '範囲は 60 ~ 86400 秒です。',
        gloss: 'The range is 60 to 86400 seconds.',
      },
      versions: V,
      cover: ['responseSchemaConformance'],
    }),
    rule({
      id: 'seed000.session.ttl.default',
      kind: 'default',
      statement: 'authTokenTimeToLiveInSeconds defaults to 600',
      source: {
        doc,
        where: 'Definitions › LivenessSession › authTokenTimeToLiveInSeconds',
        words: '既定値は 600 です。',
        gloss: 'The default is 600.',
      },
      versions: V,
      cover: ['createdValuesPersisted'],
    }),
    rule({
      id: 'seed000.session.deviceIdNull',
      kind: 'behaviour',
      statement: 'deviceCorrelationId is null when deviceCorrelationIdSetInClient was true',
      source: {
        doc,
        where: 'Definitions › LivenessSession › deviceCorrelationId',
        words:
          "この要求で 'deviceCorrelationIdSetInClient' が true の場合、この 'deviceCorrelationId' は null である必要があります。",
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      versions: V,
      cover: { conflict: 'device-correlation-id-with-set-in-client' },
    }),
    rule({
      id: 'seed000.session.startedDateTime',
      kind: 'behaviour',
      statement: 'sessionStartDateTime is when the client started the session',
      source: {
        doc,
        where: 'Definitions › LivenessSession › sessionStartDateTime',
        words: 'このセッションがクライアントによって開始された DateTime。',
        gloss: 'The DateTime when this session was started by the client.',
      },
      versions: V,
      cover: ['resultIsNewestAuditEntry'],
    }),
    rule({
      id: 'seed000.session.createdDateTime',
      kind: 'behaviour',
      statement: 'createdDateTime is when the session was created',
      source: {
        doc,
        where: 'Definitions › LivenessSession › createdDateTime',
        words: 'このセッションが作成されたときの DateTime。',
        gloss: 'The DateTime when this session was created.',
      },
      versions: V,
      cover: ['createdDateTimeIsCreation'],
    }),
    rule({
      id: 'seed000.session.expired',
      kind: 'behaviour',
      statement: 'sessionExpired says whether the session has expired',
      source: {
        doc,
        where: 'Definitions › LivenessSession › sessionExpired',
        words: 'セッションの有効期限が切れているかどうか。',
        gloss: 'Whether or not the session is expired.',
      },
      versions: V,
      cover: ['sessionExpiredMatchesTtl'],
    }),
    rule({
      id: 'seed000.audit.requestId',
      kind: 'behaviour',
      statement: "an audit entry's requestId is the apim-request-id answered",
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › requestId',
        words: "サービスによって 'apim-request-id' ヘッダー内のクライアントに返される一意の requestId。",
        gloss: "The unique requestId returned by the service to the client in the 'apim-request-id' header.",
      },
      versions: V,
      cover: ['auditIdsMatchDeviceCall', 'apimRequestIdPresent'],
    }),
    rule({
      id: 'seed000.audit.clientRequestId',
      kind: 'behaviour',
      statement: "an audit entry's clientRequestId is the client-request-id sent",
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › clientRequestId',
        words: '"client-request-id" ヘッダーでクライアントによって送信される一意の clientRequestId。',
        gloss: "The unique clientRequestId sent by the client in the 'client-request-id' header.",
      },
      versions: V,
      cover: ['auditIdsMatchDeviceCall'],
    }),
    rule({
      id: 'seed000.audit.idPages',
      kind: 'behaviour',
      statement: 'an audit entry id used as start continues on the next page',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › id',
        words: "この ID を 'start' クエリ パラメーターと共に使用して、監査結果の次のページに進みます。",
        gloss: "Use this id with the 'start' query parameter to continue to the next page of audit results.",
      },
      versions: V,
      cover: ['auditStartExclusive'],
    }),
    rule({
      id: 'seed000.audit.sessionExpiry48h',
      kind: 'behaviour',
      statement: 'a session expires 48 hours after it was created',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › sessionId',
        words: '作成されてから 48 時間後に期限切れになるか',
        gloss: 'it expires 48 hours after it was created',
      },
      versions: V,
      cover: FORTY_EIGHT_HOURS,
    }),
    rule({
      id: 'seed000.audit.digest',
      kind: 'behaviour',
      statement: 'the digest lets a client detect a tampered exchange',
      source: {
        doc,
        where: 'Definitions › LivenessSessionAuditEntry › digest',
        words: 'この要求のサーバー計算ダイジェスト。',
        gloss: 'The server-computed digest of this request.',
      },
      versions: V,
      cover: notCheckable(
        'the digest algorithm is not documented; only the device SDK computes the client side',
        'a documented digest algorithm',
      ),
    }),
    rule({
      id: 'seed000.audit.request',
      kind: 'behaviour',
      statement: "an audit entry's request records the device call's url, method, length, content type and user agent",
      source: {
        doc,
        where: 'Definitions › AuditRequestInfo › url',
        words: 'ライブネス要求の相対 URL とクエリ。',
        gloss: 'The relative URL and query of the liveness request.',
      },
      versions: V,
      cover: ['auditRecordsDeviceRequest'],
    }),
    rule({
      id: 'seed000.audit.statusCode',
      kind: 'behaviour',
      statement: "an audit entry's response.statusCode is the status the client got",
      source: {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › statusCode',
        words: 'クライアントに返される HTTP 状態コード。',
        gloss: 'The HTTP status code returned to the client.',
      },
      versions: V,
      cover: ['auditRecordsDeviceRequest'],
    }),
    rule({
      id: 'seed000.audit.latency',
      kind: 'behaviour',
      statement: 'latencyInMilliseconds is the latency the server measured',
      source: {
        doc,
        where: 'Definitions › AuditLivenessResponseInfo › latencyInMilliseconds',
        words: 'サーバーは、この要求の待機時間をミリ秒単位で測定しました。',
        gloss: 'The server measured latency of this request in milliseconds.',
      },
      versions: V,
      cover: notCheckable(
        'only the server can measure its own latency; the client-side time includes the network',
        'none for a black-box run (its type is checked)',
      ),
    }),
    rule({
      id: 'seed000.result.verifyOnlyWithVerify',
      kind: 'behaviour',
      statement: 'verifyResult is present only for a liveness-with-verify call',
      source: {
        doc,
        where: 'Definitions › LivenessResponseBody › verifyResult',
        words: '要求が検証を使用したライブネスの場合にのみ使用できます。',
        gloss: 'Only available when the request is liveness with verify.',
      },
      versions: V,
      cover: ['verifyResultOnlyWithVerify'],
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
        'LivenessSession',
        'LivenessSessionAuditEntry',
        'LivenessWithVerifyImage',
        'LivenessWithVerifyOutputs',
      ],
      ['FaceSessionStatus', 'ImageType', 'LivenessDecision', 'LivenessModel', 'QualityForRecognition'],
    ),
  ];
}
