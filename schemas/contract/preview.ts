import { CREATE_ERRORS, SESSION_ERRORS } from '../errorCodes';
import type { OperationDraft } from './types';

/**
 * The operations of the previews (CONTRACT.md §1), as data: each session family's create, list, get,
 * delete, audit and simulated device call, and Get Session Image (v1.2-preview.1 adds it; the table
 * in `table.ts` says which version has which).
 */

const LIST_ERRORS = { 400: ['BadArgument'], 401: ['401'], 429: ['429'] };

function familyOperations(family: 'liveness' | 'livenessWithVerify', prefix: string, base: number): OperationDraft[] {
  const withVerify = family === 'livenessWithVerify';
  const label = withVerify ? 'Liveness With Verify' : 'Liveness';
  const cap = withVerify ? 'LivenessWithVerify' : 'Liveness';
  const sessions = `/${prefix}/singleModal/sessions`;
  const one = `${sessions}/{sessionId}`;
  const sessionDefinition = withVerify ? 'LivenessWithVerifySession' : 'LivenessSession';
  const common = { family, kind: 'management' as const, query: [] };
  const ops: OperationDraft[] = [
    {
      ...common,
      id: `create${cap}Session`,
      name: `Create ${label} Session`,
      role: 'create',
      method: 'POST',
      path: sessions,
      pathParams: [],
      body: {
        contentType: 'application/json',
        definition: withVerify ? 'CreateLivenessWithVerifySessionJsonContent' : 'CreateLivenessSessionContent',
      },
      success: [
        {
          status: 200,
          definition: withVerify ? 'CreateLivenessWithVerifySessionResult' : 'CreateLivenessSessionResult',
        },
      ],
      errorCodes: CREATE_ERRORS,
      seed: withVerify ? '003' : undefined,
    },
  ];
  if (withVerify) {
    ops.push({
      ...ops[0],
      id: 'createLivenessWithVerifySessionWithVerifyImage',
      name: 'Create Liveness With Verify Session With Verify Image',
      role: 'createWithVerifyImage',
      body: {
        contentType: 'multipart/form-data',
        definition: 'CreateLivenessWithVerifySessionJsonContent',
        parts: [
          { name: 'Parameters', required: true, file: false, json: 'CreateLivenessWithVerifySessionJsonContent' },
          { name: 'VerifyImage', required: true, file: true },
        ],
      },
      seed: undefined,
    });
  }
  ops.push(
    {
      ...common,
      id: `get${cap}Sessions`,
      name: `Get ${label} Sessions`,
      role: 'list',
      method: 'GET',
      path: sessions,
      pathParams: [],
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionItem', array: true }],
      errorCodes: LIST_ERRORS,
      seed: withVerify ? undefined : '002',
    },
    {
      ...common,
      id: `get${cap}SessionResult`,
      name: `Get ${label} Session Result`,
      role: 'get',
      method: 'GET',
      path: one,
      pathParams: ['sessionId'],
      success: [{ status: 200, definition: sessionDefinition }],
      errorCodes: SESSION_ERRORS,
      seed: withVerify ? undefined : '000',
    },
    {
      ...common,
      id: `delete${cap}Session`,
      name: `Delete ${label} Session`,
      role: 'delete',
      method: 'DELETE',
      path: one,
      pathParams: ['sessionId'],
      success: [{ status: 200 }],
      errorCodes: SESSION_ERRORS,
    },
    {
      ...common,
      id: `get${cap}SessionAuditEntries`,
      name: `Get ${label} Session Audit Entries`,
      role: 'audit',
      method: 'GET',
      path: `${one}/audit`,
      pathParams: ['sessionId'],
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionAuditEntry', array: true }],
      errorCodes: { ...SESSION_ERRORS, 400: ['BadArgument'] },
      seed: withVerify ? undefined : '001',
    },
    {
      ...common,
      id: `detect${cap}`,
      name: `Detect ${label} (device call, simulated)`,
      role: 'device',
      method: 'POST',
      path: `/${prefix}/singleModal`,
      kind: 'device',
      pathParams: [],
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
  );
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
  pathParams: ['sessionImageId'],
  query: [],
  success: [{ status: 200, bytes: true }],
  errorCodes: { 401: ['401'], 429: ['429'] },
};
