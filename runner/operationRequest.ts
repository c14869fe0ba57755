import type { BodySpec, OperationSpec } from '../schemas';
import { flatFieldText } from '../schemas';
import type { AuthKind, Part, RequestBody, WireRequest } from '../wire';
import { fillPath, jsonBody } from '../wire';

/** What a call sends besides what its operation states (method, path, body form). */
export interface CallInput {
  /** The path parameters (`sessionId`, `sessionImageId`). */
  params?: Record<string, string>;
  query?: [string, string][];
  auth: AuthKind;
  sessionToken?: string;
  headers?: Record<string, string>;
  /** The JSON body, or a multipart body's fields: the text of its JSON part, or its flat text parts. */
  fields?: unknown;
  /** The multipart file parts to send, by part name; a part the operation lists but not given here is left out. */
  files?: Record<string, Uint8Array | string>;
}

/** The filename each file part is sent with (the device's frames, a verify image). */
const FILE_NAMES: Record<string, string> = {
  Content: 'content.bin',
  VerifyImage: 'verify.jpg',
  verifyImage: 'verify.jpg',
};

/**
 * A multipart body in the operation's form (CONTRACT.md §1, §5): flat text parts, one per field given (a
 * boolean or number as its JSON text), or the fields' JSON text as the part the table marks `json`; then
 * the file parts given, in the table's order.
 */
function multipartParts(spec: BodySpec, input: CallInput): Part[] {
  const fields = (input.fields ?? {}) as Record<string, unknown>;
  const parts: Part[] = spec.flat
    ? Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([name, v]) => ({ name, data: flatFieldText(v) }))
    : [];
  for (const part of spec.parts ?? []) {
    const file = input.files?.[part.name];
    if (part.json) parts.push({ name: part.name, data: JSON.stringify(fields), contentType: 'application/json' });
    else if (part.file && file !== undefined)
      parts.push({
        name: part.name,
        filename: FILE_NAMES[part.name] ?? `${part.name}.bin`,
        contentType: 'application/octet-stream',
        data: file,
      });
  }
  return parts;
}

/** The body of a call in the form its operation states: JSON, multipart, or none. */
function bodyOf(op: OperationSpec, input: CallInput): RequestBody | undefined {
  if (!op.body) return undefined;
  if (op.body.contentType === 'application/json') return jsonBody(input.fields);
  return { kind: 'multipart', parts: multipartParts(op.body, input) };
}

/**
 * The request of one call of an operation of the contract table: its method, its path with the
 * parameters filled in, its body in the form the table states; the caller adds credentials and values.
 */
export function operationRequest(op: OperationSpec, input: CallInput): WireRequest {
  const { query, auth, sessionToken, headers } = input;
  const body = bodyOf(op, input);
  const req: WireRequest = { operationId: op.id, method: op.method, path: fillPath(op, input.params), auth };
  return {
    ...req,
    ...(query ? { query } : {}),
    ...(headers ? { headers } : {}),
    ...(body ? { body } : {}),
    ...(sessionToken !== undefined ? { sessionToken } : {}),
  };
}
