import { CREATE_ERRORS, SESSION_ERRORS } from '../errorCodes';
import { named } from './names';
import type { OperationDraft, SessionFamily } from './types';

/**
 * The operations of the previews (CONTRACT.md §1), as data: each session family's create, list, get,
 * delete, audit and simulated device call, and Get Session Image (v1.2-preview.1 adds it; the table
 * in `table.ts` says which version has which).
 */

const LIST_ERRORS = { 400: ['BadArgument'], 401: ['401'], 429: ['429'] };

function familyOperations(family: SessionFamily, prefix: string, base: number): OperationDraft[] {
  const withVerify = family === 'livenessWithVerify';
  const sessions = `/${prefix}/singleModal/sessions`;
  const one = `${sessions}/{sessionId}`;
  const createContent = withVerify ? 'CreateLivenessWithVerifySessionJsonContent' : 'CreateLivenessSessionContent';
  const createResult = withVerify ? 'CreateLivenessWithVerifySessionResult' : 'CreateLivenessSessionResult';
  const create: OperationDraft = {
    ...named(family, 'create'),
    method: 'POST',
    path: sessions,
    body: { contentType: 'application/json', definition: createContent },
    success: [{ status: 200, definition: createResult }],
    errorCodes: CREATE_ERRORS,
    seed: withVerify ? '003' : undefined,
  };
  // #7: the same create as multipart, the JSON body as the text of part `Parameters`, with a verify image.
  const withImage: OperationDraft = {
    ...create,
    ...named(family, 'createWithVerifyImage'),
    body: {
      contentType: 'multipart/form-data',
      definition: createContent,
      parts: [
        { name: 'Parameters', required: true, file: false, json: createContent },
        { name: 'VerifyImage', required: true, file: true },
      ],
    },
    seed: undefined,
  };
  const session = withVerify ? 'LivenessWithVerifySession' : 'LivenessSession';
  const ops: OperationDraft[] = [
    create,
    ...(withVerify ? [withImage] : []),
    {
      ...named(family, 'list'),
      method: 'GET',
      path: sessions,
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionItem', array: true }],
      errorCodes: LIST_ERRORS,
      seed: withVerify ? undefined : '002',
    },
    {
      ...named(family, 'get'),
      method: 'GET',
      path: one,
      success: [{ status: 200, definition: session }],
      errorCodes: SESSION_ERRORS,
      seed: withVerify ? undefined : '000',
    },
    { ...named(family, 'delete'), method: 'DELETE', path: one, success: [{ status: 200 }], errorCodes: SESSION_ERRORS },
    {
      ...named(family, 'audit'),
      method: 'GET',
      path: `${one}/audit`,
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionAuditEntry', array: true }],
      errorCodes: { ...SESSION_ERRORS, 400: ['BadArgument'] },
      seed: withVerify ? undefined : '001',
    },
    {
      ...named(family, 'device'),
      method: 'POST',
      path: `/${prefix}/singleModal`,
      body: {
        contentType: 'multipart/form-data',
        parts: [
          { name: 'Content', required: true, file: true },
          ...(withVerify ? [{ name: 'VerifyImage', required: false, file: true }] : []),
        ],
      },
      success: [{ status: 200, definition: 'LivenessResponseBody' }, { status: 204 }],
      errorCodes: { 401: ['401'] },
    },
  ];
  return ops.map((op, i) => (op.kind === 'management' ? { ...op, number: base + i } : op));
}

/** Both session families' preview operations (#1-#11 of CONTRACT.md §1 and the two device calls). */
export const PREVIEW_OPERATIONS: readonly OperationDraft[] = [
  ...familyOperations('liveness', 'detectLiveness', 1),
  ...familyOperations('livenessWithVerify', 'detectLivenessWithVerify', 6),
];

/** #12, Get Session Image: v1.2-preview.1 only. */
export const PREVIEW_SESSION_IMAGE: OperationDraft = {
  id: 'getSessionImage',
  number: 12,
  name: 'Get Session Image',
  role: 'sessionImage',
  method: 'GET',
  path: '/session/sessionImages/{sessionImageId}',
  family: 'sessionImage',
  kind: 'management',
  query: [],
  success: [{ status: 200, bytes: true }],
  errorCodes: { 401: ['401'], 429: ['429'] },
};
