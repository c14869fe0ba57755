import { CREATE_ERRORS, SESSION_ERRORS } from '../errorCodes';
import { named } from './names';
import type { BodySpec, OperationDraft, SessionFamily } from './types';

/**
 * The v1.2 GA operations (CONTRACT.md §5), as data. Their ids end in `Ga` because `operation(id)` is
 * global (a later version may share an operation, never reuse its id); their names are the preview
 * names, which is how the diff pairs a moved operation with its preview. The list and audit operations
 * are gone; DELETE answers 204; create returns the whole session.
 */

/** The flat multipart fields of the v1.2 with-verify create: one text part per field, then the image. */
export const WITH_VERIFY_FIELDS = [
  'livenessOperationMode',
  'authTokenTimeToLiveInSeconds',
  'deviceCorrelationId',
  'deviceCorrelationIdSetInClient',
  'enableSessionImage',
  'livenessModelVersion',
  'returnVerifyImageHash',
  'verifyConfidenceThreshold',
];

/** A multipart-only with-verify create body: these flat fields, then the required file part `verifyImage`. */
export function withVerifyBody(fields: readonly string[]): BodySpec {
  return {
    contentType: 'multipart/form-data',
    definition: 'CreateLivenessWithVerifySessionContent',
    flat: true,
    parts: [
      ...fields.map((name) => ({ name, required: name === 'livenessOperationMode', file: false })),
      { name: 'verifyImage', required: true, file: true },
    ],
  };
}

function gaFamily(family: SessionFamily): OperationDraft[] {
  const withVerify = family === 'livenessWithVerify';
  const sessions = withVerify ? '/detectLivenessWithVerify-sessions' : '/detectLiveness-sessions';
  const definition = withVerify ? 'LivenessWithVerifySession' : 'LivenessSession';
  return [
    {
      ...named(family, 'create', 'Ga'),
      method: 'POST',
      path: sessions,
      body: withVerify
        ? withVerifyBody(WITH_VERIFY_FIELDS)
        : { contentType: 'application/json', definition: 'CreateLivenessSessionContent' },
      success: [{ status: 200, definition }],
      errorCodes: CREATE_ERRORS,
    },
    {
      ...named(family, 'get', 'Ga'),
      method: 'GET',
      path: `${sessions}/{sessionId}`,
      success: [{ status: 200, definition }],
      errorCodes: SESSION_ERRORS,
    },
    {
      ...named(family, 'delete', 'Ga'),
      method: 'DELETE',
      path: `${sessions}/{sessionId}`,
      // 204 in the swagger and from the service, 200 in the v1.2 examples: either is legal
      // (conflict reference-2-delete-status).
      success: [{ status: 204 }, { status: 200 }],
      errorCodes: SESSION_ERRORS,
    },
  ];
}

/**
 * The simulated device call of v1.2 (our mock's protocol, not the service's): the preview path, the
 * session token, a multipart part `Content`; it appends one attempt and answers 204 (no
 * sendResultsToClient any more). The verify image was given at create, so there is no image part.
 */
function gaDevice(family: SessionFamily): OperationDraft {
  return {
    ...named(family, 'device', 'Ga'),
    method: 'POST',
    path: family === 'livenessWithVerify' ? '/detectLivenessWithVerify/singleModal' : '/detectLiveness/singleModal',
    body: { contentType: 'multipart/form-data', parts: [{ name: 'Content', required: true, file: true }] },
    success: [{ status: 204 }],
    errorCodes: { 401: ['401'] },
  };
}

/** Every v1.2 operation; device calls last. */
export const GA_OPERATIONS: readonly OperationDraft[] = [
  ...gaFamily('liveness'),
  ...gaFamily('livenessWithVerify'),
  {
    id: 'getSessionImageGa',
    name: 'Get Session Image',
    role: 'sessionImage',
    method: 'GET',
    path: '/sessionImages/{sessionImageId}',
    family: 'sessionImage',
    kind: 'management',
    query: [],
    success: [{ status: 200, bytes: true }],
    // No document names the code of an unknown image's 404 (the swaggers have only a `default` error): any code.
    errorCodes: { 401: ['401'], 429: ['429'] },
  },
  gaDevice('liveness'),
  gaDevice('livenessWithVerify'),
];
