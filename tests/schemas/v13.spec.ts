/**
 * v1.3-preview.1's schemas against its official examples (reference/v1.3-preview.1, abridged here so the
 * tests run from a clone) and the real service's answers (tests/traffic/recordings/net/v13): every one is
 * valid; the values the documents disagree on are legal either way; what no document allows is not.
 */
import { expect, test } from '@playwright/test';
import { registry } from '../../schemas';

const V13 = 'v1.3-preview.1';
const reg = registry();
const at = (definition: string, value: unknown): string[] =>
  reg.validate(V13, definition, value).map((v) => `${v.instancePath || '/'} ${v.keyword}`);

const rect = { top: 669, left: 203, width: 646, height: 724 };
const attempt = {
  attemptId: 2,
  attemptStatus: 'Succeeded',
  result: {
    livenessDecision: 'realface',
    targets: { color: { faceRectangle: rect } },
    digest: 'B0A8',
    sessionImageId: 'Ae3P',
  },
  clientInformation: [{ ip: '73.21.34.122' }],
  abuseMonitoringResult: {
    isAbuseDetected: true,
    otherFlaggedSessions: [{ attemptId: 1, sessionId: 'b12e033e', sessionImageId: 'Ae3P' }],
  },
};

test('the official v1.3 examples validate: sessions with abuse monitoring, settings, the client assets token', () => {
  const session = {
    sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e',
    authToken: 'eyJhbGciOiJFUzI1NiIsIm',
    status: 'NotStarted',
    modelVersion: '2024-11-15',
    isAbuseMonitoringEnabled: true,
  };
  expect(at('LivenessSession', { ...session, results: { attempts: [] } })).toEqual([]);
  const failed = {
    attemptId: 1,
    attemptStatus: 'Failed',
    error: {
      code: 'FaceWithMaskDetected',
      message: 'Mask detected on face image.',
      targets: { color: { faceRectangle: rect } },
    },
    clientInformation: [{ ip: '73.21.34.122' }],
  };
  expect(at('LivenessSession', { ...session, results: { attempts: [attempt, failed] } })).toEqual([]);
  expect(at('Settings', { livenessAbuseMonitoring: { enabled: true } })).toEqual([]);
  const token = {
    expiry: '2025-07-03T15:30:00.000Z',
    accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
    base64AccessToken: 'ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1=',
  };
  expect(at('ClientAssetsAccessTokenResponse', token)).toEqual([]);
  const create = {
    livenessOperationMode: 'Passive',
    deviceCorrelationIdSetInClient: false,
    deviceCorrelationId: 'your_device_correlation_id',
    authTokenTimeToLiveInSeconds: 60,
    numberOfClientAttemptsAllowed: 1,
  };
  // The example omits userCorrelationId: the conflict v13-user-correlation-id-required, at its schema path.
  expect(reg.validate(V13, 'CreateLivenessSessionContent', create).map((v) => v.schemaPath)).toEqual([
    '#/allOf/0/else/required',
  ]);
});

test('the real v1.3 service is legal: modelVersion 2025-05-20, reads without modelVersion, authToken ""', () => {
  const created = {
    sessionId: '16ef3391',
    authToken: 'Sanitized',
    status: 'NotStarted',
    modelVersion: '2025-05-20',
    results: { attempts: [] },
  };
  expect(at('LivenessSession', created)).toEqual([]);
  const read = {
    sessionId: '16ef3391',
    authToken: '',
    status: 'NotStarted',
    isAbuseMonitoringEnabled: true,
    results: { attempts: [] },
  };
  expect(at('LivenessSession', read)).toEqual([]);
});

test('booleans or the swagger objects are legal where they disagree; other types, a missing ip and 4 attempts in the form are not', () => {
  expect(at('Settings', { livenessAbuseMonitoring: { enabled: {} } })).toEqual([]);
  expect(at('Settings', { livenessAbuseMonitoring: { enabled: 'yes' } })).toEqual([
    '/livenessAbuseMonitoring/enabled type',
  ]);
  expect(at('LivenessSessionAttempt', { ...attempt, clientInformation: [{}] })).toEqual([
    '/clientInformation/0 required',
  ]);
  expect(at('SettingsUpdate', { enabled: true })).toEqual(['/ additionalProperties']);
  const form = { livenessOperationMode: 'Passive', deviceCorrelationId: 'd' };
  expect(at('CreateLivenessWithVerifySessionContent', { ...form, numberOfClientAttemptsAllowed: 3 })).toEqual([]);
  expect(at('CreateLivenessWithVerifySessionContent', { ...form, numberOfClientAttemptsAllowed: 4 })).toEqual([
    '/numberOfClientAttemptsAllowed maximum',
  ]);
  // The with-verify form-data has no user correlation or IP fields (its swagger parameters).
  expect(at('CreateLivenessWithVerifySessionContent', { ...form, userCorrelationId: 'u' })).toEqual([
    '/ additionalProperties',
  ]);
});
