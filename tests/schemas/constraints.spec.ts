import { expect, test } from '@playwright/test';
import type { ContractVersion } from '../../schemas';
import { registry } from '../../schemas';

/** A valid value, one change that breaks exactly one constraint, and where the break must be reported. */
interface Row {
  definition: string;
  version?: ContractVersion;
  base: unknown;
  set?: [string, unknown];
  remove?: string;
  pointer: string;
  keyword: string;
}

const createBody = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1' };
const verifyBody12 = { ...createBody, verifyConfidenceThreshold: 0.5 };
const session = {
  id: 's1',
  status: 'NotStarted',
  createdDateTime: '2024-03-05T11:07:29.698Z',
  authTokenTimeToLiveInSeconds: 600,
};
const entry = {
  id: 1,
  sessionId: 's1',
  request: { url: '/x', contentLength: 3 },
  response: { statusCode: 200, body: {} },
};
const v12 = 'v1.2-preview.1' as const;
/** An entry with the members the official v1.2-preview.1 definitions require. */
const entryV12 = { ...entry, requestId: 'r1', receivedDateTime: '2024-05-23T07:09:13.7543532+00:00', digest: 'D8' };

const ROWS: Row[] = [
  // create bodies (exact)
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    remove: 'livenessOperationMode',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['livenessOperationMode', 'Active'],
    pointer: '/livenessOperationMode',
    keyword: 'enum',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['authTokenTimeToLiveInSeconds', 59],
    pointer: '/authTokenTimeToLiveInSeconds',
    keyword: 'minimum',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['authTokenTimeToLiveInSeconds', 86401],
    pointer: '/authTokenTimeToLiveInSeconds',
    keyword: 'maximum',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['authTokenTimeToLiveInSeconds', 600.5],
    pointer: '/authTokenTimeToLiveInSeconds',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['deviceCorrelationId', ''],
    pointer: '/deviceCorrelationId',
    keyword: 'minLength',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['deviceCorrelationId', 'x'.repeat(65)],
    pointer: '/deviceCorrelationId',
    keyword: 'maxLength',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    remove: 'deviceCorrelationId',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['deviceCorrelationIdSetInClient', 'yes'],
    pointer: '/deviceCorrelationIdSetInClient',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['sendResultsToClient', 1],
    pointer: '/sendResultsToClient',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['unknownField', 1],
    pointer: '',
    keyword: 'additionalProperties',
  },
  {
    definition: 'CreateLivenessSessionContent',
    base: createBody,
    set: ['enableSessionImage', true],
    pointer: '',
    keyword: 'additionalProperties',
  },
  {
    definition: 'CreateLivenessSessionContent',
    version: v12,
    base: createBody,
    set: ['enableSessionImage', 'no'],
    pointer: '/enableSessionImage',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessSessionContent',
    version: v12,
    base: createBody,
    set: ['livenessSingleModalModel', '2099-01-01'],
    pointer: '/livenessSingleModalModel',
    keyword: 'enum',
  },
  {
    definition: 'CreateLivenessSessionContent',
    version: v12,
    base: createBody,
    set: ['verifyConfidenceThreshold', 0.5],
    pointer: '',
    keyword: 'additionalProperties',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    version: v12,
    base: verifyBody12,
    set: ['verifyConfidenceThreshold', 1.01],
    pointer: '/verifyConfidenceThreshold',
    keyword: 'maximum',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    version: v12,
    base: verifyBody12,
    set: ['verifyConfidenceThreshold', -0.01],
    pointer: '/verifyConfidenceThreshold',
    keyword: 'minimum',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    version: v12,
    base: verifyBody12,
    set: ['returnVerifyImageHash', 'true'],
    pointer: '/returnVerifyImageHash',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    base: createBody,
    set: ['verifyConfidenceThreshold', 0.5],
    pointer: '',
    keyword: 'additionalProperties',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    base: { ...createBody, deviceCorrelationIdSetInClient: false },
    set: ['deviceCorrelationId', null],
    pointer: '/deviceCorrelationId',
    keyword: 'type',
  },
  {
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    base: { livenessOperationMode: 'Passive', deviceCorrelationIdSetInClient: true },
    set: ['deviceCorrelationId', 'dev'],
    pointer: '/deviceCorrelationId',
    keyword: 'type',
  },
  // paging parameters
  { definition: 'ListTop', base: 1000, set: ['', 1001], pointer: '', keyword: 'maximum' },
  { definition: 'ListTop', base: 1, set: ['', 0], pointer: '', keyword: 'minimum' },
  { definition: 'ListTop', base: 1, set: ['', 'ten'], pointer: '', keyword: 'type' },
  { definition: 'ListStart', base: 'a'.repeat(64), set: ['', 'a'.repeat(65)], pointer: '', keyword: 'maxLength' },
  { definition: 'SessionId', base: 'a', set: ['', ''], pointer: '', keyword: 'minLength' },
  // responses (lenient: only essentials required)
  { definition: 'LivenessSession', base: session, remove: 'id', pointer: '', keyword: 'required' },
  { definition: 'LivenessSession', base: session, remove: 'status', pointer: '', keyword: 'required' },
  { definition: 'LivenessSession', base: session, set: ['status', 'Finished'], pointer: '/status', keyword: 'enum' },
  { definition: 'LivenessSession', base: session, set: ['result', entry], pointer: '/result', keyword: 'type' },
  {
    definition: 'LivenessSession',
    base: session,
    set: ['createdDateTime', '2024-03-05 11:07'],
    pointer: '/createdDateTime',
    keyword: 'format',
  },
  {
    definition: 'LivenessSession',
    base: session,
    set: ['createdDateTime', '2024-03-05T11:07:29'],
    pointer: '/createdDateTime',
    keyword: 'format',
  },
  {
    definition: 'LivenessSession',
    base: session,
    set: ['sessionExpired', 'false'],
    pointer: '/sessionExpired',
    keyword: 'type',
  },
  {
    definition: 'LivenessSession',
    base: session,
    set: ['authTokenTimeToLiveInSeconds', 86401],
    pointer: '/authTokenTimeToLiveInSeconds',
    keyword: 'maximum',
  },
  {
    definition: 'LivenessWithVerifySession',
    base: session,
    set: ['result', entry],
    pointer: '/result',
    keyword: 'type',
  },
  { definition: 'LivenessSessionItem', base: { id: 'a' }, remove: 'id', pointer: '', keyword: 'required' },
  {
    definition: 'LivenessSessionItem',
    base: { id: 'a' },
    set: ['authTokenTimeToLiveInSeconds', 59],
    pointer: '/authTokenTimeToLiveInSeconds',
    keyword: 'minimum',
  },
  { definition: 'LivenessSessionAuditEntry', base: entry, remove: 'request', pointer: '', keyword: 'required' },
  { definition: 'LivenessSessionAuditEntry', base: entry, remove: 'response', pointer: '', keyword: 'required' },
  { definition: 'LivenessSessionAuditEntry', base: entry, set: ['id', '4'], pointer: '/id', keyword: 'type' },
  {
    definition: 'LivenessSessionAuditEntry',
    version: v12,
    base: entryV12,
    remove: 'digest',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'LivenessSessionItem',
    version: v12,
    base: { id: 's1', createdDateTime: '2024-05-23T07:04:22.199691+00:00', sessionExpired: false },
    remove: 'sessionExpired',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'LivenessSessionAuditEntry',
    base: entry,
    set: ['receivedDateTime', 'yesterday'],
    pointer: '/receivedDateTime',
    keyword: 'format',
  },
  {
    definition: 'LivenessSessionAuditEntry',
    version: v12,
    base: entryV12,
    set: ['verifyImageHash', 'abc'],
    pointer: '/verifyImageHash',
    keyword: 'pattern',
  },
  {
    definition: 'LivenessSessionAuditEntry',
    base: entry,
    set: ['response', { statusCode: '200' }],
    pointer: '/response/statusCode',
    keyword: 'type',
  },
  {
    definition: 'LivenessSessionAuditEntry',
    base: entry,
    set: ['request', { contentLength: 1.5 }],
    pointer: '/request/contentLength',
    keyword: 'type',
  },
  {
    definition: 'LivenessSessionAuditEntry',
    base: entry,
    set: ['response', { body: { livenessDecision: 'fake' } }],
    pointer: '/response/body/livenessDecision',
    keyword: 'enum',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['modelVersionUsed', 'v1'],
    pointer: '/modelVersionUsed',
    keyword: 'enum',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['target', { imageType: 'Gray' }],
    pointer: '/target/imageType',
    keyword: 'enum',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['target', { faceRectangle: { top: 1.5 } }],
    pointer: '/target/faceRectangle/top',
    keyword: 'type',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['verifyResult', { matchConfidence: 1.5 }],
    pointer: '/verifyResult/matchConfidence',
    keyword: 'maximum',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['verifyResult', { isIdentical: 'yes' }],
    pointer: '/verifyResult/isIdentical',
    keyword: 'type',
  },
  {
    definition: 'LivenessResponseBody',
    base: {},
    set: ['verifyResult', { verifyImage: { qualityForRecognition: 'great' } }],
    pointer: '/verifyResult/verifyImage/qualityForRecognition',
    keyword: 'enum',
  },
  {
    definition: 'CreateLivenessSessionResult',
    base: { sessionId: 'a', authToken: 't' },
    remove: 'authToken',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'CreateLivenessWithVerifySessionResult',
    base: { sessionId: 'a', authToken: 't' },
    remove: 'sessionId',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'CreateLivenessWithVerifySessionResult',
    base: { sessionId: 'a', authToken: 't' },
    set: ['verifyImage', { faceRectangle: { width: 'w' } }],
    pointer: '/verifyImage/faceRectangle/width',
    keyword: 'type',
  },
  {
    definition: 'FaceErrorResponse',
    base: { error: { code: 'BadArgument', message: 'm' } },
    remove: 'error',
    pointer: '',
    keyword: 'required',
  },
  {
    definition: 'FaceErrorResponse',
    base: { error: { code: 'BadArgument', message: 'm' } },
    set: ['error', { code: 'x' }],
    pointer: '/error',
    keyword: 'required',
  },
  {
    definition: 'FaceErrorResponse',
    base: { error: { code: 'BadArgument', message: 'm' } },
    set: ['error', { code: 400, message: 'm' }],
    pointer: '/error/code',
    keyword: 'type',
  },
];

function apply(row: Row): unknown {
  if (row.set && row.set[0] === '') return row.set[1];
  const copy = structuredClone(row.base) as Record<string, unknown>;
  if (row.remove) delete copy[row.remove];
  if (row.set) copy[row.set[0]] = row.set[1];
  return copy;
}

test.describe('every constraint rejects a value that breaks it', () => {
  for (const row of ROWS) {
    const version = row.version ?? 'v1.1-preview.1';
    const change = row.remove
      ? `without ${row.remove}`
      : `${row.set?.[0] || 'value'} = ${JSON.stringify(row.set?.[1])?.slice(0, 30)}`;
    test(`${row.definition} (${version}) ${change} → ${row.keyword} at "${row.pointer}"`, () => {
      const reg = registry();
      expect(reg.validate(version, row.definition, row.base), 'the base value must be valid').toEqual([]);
      const violations = reg.validate(version, row.definition, apply(row));
      expect(violations.map((v) => [v.instancePath, v.keyword])).toContainEqual([row.pointer, row.keyword]);
    });
  }
});

test('undocumented response fields are allowed, and null stands for "not set" where a value is set later', () => {
  const reg = registry();
  expect(
    reg.validate('v1.1-preview.1', 'LivenessSession', {
      ...session,
      futureField: 1,
      sessionStartDateTime: null,
      result: null,
    }),
  ).toEqual([]);
  expect(
    reg.validate('v1.1-preview.1', 'LivenessSession', { ...session, status: 'ResultAvailable', result: entry }),
  ).toEqual([]);
});
