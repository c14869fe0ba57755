import { CREATE_ERRORS, SESSION_ERRORS } from './errorCodes';
import { GA_OPERATIONS } from './gaOperations';
import type { ContractVersion } from './versions';
import { API_VERSIONS, hasSessionImages } from './versions';

/** Which session family an operation belongs to (CONTRACT.md §1). */
export type Family = 'liveness' | 'livenessWithVerify' | 'sessionImage';

/** A request body: its media type and the definition it must satisfy. */
export interface BodySpec {
  contentType: 'application/json' | 'multipart/form-data';
  /** Definition of the JSON body, or of the JSON text in the multipart `Parameters` part. */
  definition?: string;
  /** Multipart parts: name, whether required, and whether it is a file (sent with a filename). */
  parts?: { name: string; required: boolean; file: boolean; json?: string }[];
  /** v1.2: the non-file parts are `definition`'s fields, one text part each (no JSON `Parameters` part). */
  flat?: boolean;
}

/** One documented operation, as data: everything else (OpenAPI, generators, checks) reads this. */
export interface OperationSpec {
  id: string;
  /** Number in the CONTRACT.md §1 table; device calls have none. */
  number?: number;
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** Path after `{endpoint}/face/{apiVersion}`. */
  path: string;
  family: Family;
  /** Management calls take the resource key or an AAD token; device calls take the session token. */
  kind: 'management' | 'device';
  versions: readonly ContractVersion[];
  pathParams: string[];
  query: ('start' | 'top')[];
  body?: BodySpec;
  /** Documented success statuses and the body each carries (a definition, an array of one, bytes, or none). */
  success: { status: number; definition?: string; array?: boolean; bytes?: boolean }[];
  /** Error codes the published reference names for this operation (CONTRACT.md §3), by status. */
  errorCodes: Record<number, string[]>;
  /** The seed page that documents it, if any. */
  seed?: string;
}

const ALL = API_VERSIONS;
const LIST_ERRORS = { 400: ['BadArgument'], 401: ['401'], 429: ['429'] };

function familyOperations(family: 'liveness' | 'livenessWithVerify', prefix: string, base: number): OperationSpec[] {
  const withVerify = family === 'livenessWithVerify';
  const label = withVerify ? 'Liveness With Verify' : 'Liveness';
  const cap = withVerify ? 'LivenessWithVerify' : 'Liveness';
  const sessions = `/${prefix}/singleModal/sessions`;
  const one = `${sessions}/{sessionId}`;
  const sessionDefinition = withVerify ? 'LivenessWithVerifySession' : 'LivenessSession';
  const ops: OperationSpec[] = [
    {
      id: `create${cap}Session`,
      name: `Create ${label} Session`,
      method: 'POST',
      path: sessions,
      family,
      kind: 'management',
      versions: ALL,
      pathParams: [],
      query: [],
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
      id: `get${cap}Sessions`,
      name: `Get ${label} Sessions`,
      method: 'GET',
      path: sessions,
      family,
      kind: 'management',
      versions: ALL,
      pathParams: [],
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionItem', array: true }],
      errorCodes: LIST_ERRORS,
      seed: withVerify ? undefined : '002',
    },
    {
      id: `get${cap}SessionResult`,
      name: `Get ${label} Session Result`,
      method: 'GET',
      path: one,
      family,
      kind: 'management',
      versions: ALL,
      pathParams: ['sessionId'],
      query: [],
      success: [{ status: 200, definition: sessionDefinition }],
      errorCodes: SESSION_ERRORS,
      seed: withVerify ? undefined : '000',
    },
    {
      id: `delete${cap}Session`,
      name: `Delete ${label} Session`,
      method: 'DELETE',
      path: one,
      family,
      kind: 'management',
      versions: ALL,
      pathParams: ['sessionId'],
      query: [],
      success: [{ status: 200 }],
      errorCodes: SESSION_ERRORS,
    },
    {
      id: `get${cap}SessionAuditEntries`,
      name: `Get ${label} Session Audit Entries`,
      method: 'GET',
      path: `${one}/audit`,
      family,
      kind: 'management',
      versions: ALL,
      pathParams: ['sessionId'],
      query: ['start', 'top'],
      success: [{ status: 200, definition: 'LivenessSessionAuditEntry', array: true }],
      errorCodes: { ...SESSION_ERRORS, 400: ['BadArgument'] },
      seed: withVerify ? undefined : '001',
    },
    {
      id: `detect${cap}`,
      name: `Detect ${label} (device call, simulated)`,
      method: 'POST',
      path: `/${prefix}/singleModal`,
      family,
      kind: 'device',
      versions: ALL,
      pathParams: [],
      query: [],
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

/** Every operation of the family, for every version (previews, then v1.2 GA); device calls last per version. */
export const OPERATIONS: readonly OperationSpec[] = [
  ...familyOperations('liveness', 'detectLiveness', 1),
  ...familyOperations('livenessWithVerify', 'detectLivenessWithVerify', 6),
  {
    id: 'getSessionImage',
    number: 12,
    name: 'Get Session Image',
    method: 'GET',
    path: '/session/sessionImages/{sessionImageId}',
    family: 'sessionImage',
    kind: 'management',
    versions: ALL.filter(hasSessionImages),
    pathParams: ['sessionImageId'],
    query: [],
    success: [{ status: 200, bytes: true }],
    errorCodes: { 401: ['401'], 429: ['429'] },
  },
  ...GA_OPERATIONS,
];

/** The operations a version documents. */
export function operationsFor(version: ContractVersion): OperationSpec[] {
  return OPERATIONS.filter((op) => op.versions.includes(version));
}

/** Looks an operation up by id; throws naming the known ids. */
export function operation(id: string): OperationSpec {
  const op = OPERATIONS.find((o) => o.id === id);
  if (!op) throw new Error(`unknown operation "${id}"; known: ${OPERATIONS.map((o) => o.id).join(', ')}`);
  return op;
}
