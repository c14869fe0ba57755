import fc from 'fast-check';
import type { ContractVersion } from '../../schemas';
import { arbitraryFor, exampleFor } from '../fromSchema';
import type { OperationShape, PartShape } from './describe';
import { describeOperation } from './describe';
import type { Part, RequestBody } from '../../wire';
import { fillPath, jsonBody } from '../../wire';
import { FAKE_JPEG, filePart, flatParts, jsonPart } from './serialize';
import type { AuthLabel, RequestCase, RequestOptions } from './types';

/** The credentials label a positive request of an operation carries. */
export function positiveAuth(shape: OperationShape, options: RequestOptions): AuthLabel {
  return options.auth ?? (shape.device ? 'session-token' : 'key');
}

/** A request of an operation with everything but the query and body filled in. */
export function requestFrame(
  shape: OperationShape,
  options: RequestOptions,
): Omit<RequestCase, 'query' | 'body' | 'mode' | 'label' | 'headers'> {
  const pathParams = Object.fromEntries(shape.pathParams.map((p) => [p.name, options.pathParams?.[p.name] ?? '']));
  return {
    version: shape.version,
    operationId: shape.operationId,
    method: shape.method,
    pathTemplate: shape.pathTemplate,
    path: fillPath({ id: shape.operationId, path: shape.pathTemplate }, options.pathParams),
    pathParams,
    auth: positiveAuth(shape, options),
  };
}

/** Headers a body needs (multipart boundaries are the client's business). */
export function bodyHeaders(body: RequestBody | undefined): Record<string, string> {
  return body?.kind === 'json' ? { 'content-type': 'application/json' } : {};
}

/**
 * Query values: `top` from its schema, `start` a session-id-like cursor (any text within 64
 * characters) or, for audit trails, an entry id (a whole number: other text is undocumented).
 */
function queryArbitrary(shape: OperationShape): fc.Arbitrary<[string, string][]> {
  const audit = shape.pathTemplate.endsWith('/audit');
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const p of shape.query) {
    if (p.name === 'start') {
      model.start = audit
        ? fc.nat({ max: 1_000_000 }).map(String)
        : fc.oneof(fc.uuid(), arbitraryFor(shape.version, p.definition) as fc.Arbitrary<string>);
    } else model[p.name] = arbitraryFor(shape.version, p.definition).map((v) => String(v));
  }
  return fc
    .record(model, { requiredKeys: [] })
    .map((r) => Object.entries(r).filter((e): e is [string, string] => e[1] !== undefined));
}

function partsArbitrary(shape: OperationShape, parts: PartShape[], options: RequestOptions): fc.Arbitrary<Part[]> {
  const arbs = parts.map((part): fc.Arbitrary<Part | undefined> => {
    if (part.definition) {
      return arbitraryFor(shape.version, part.definition).map((v) => jsonPart(part.name, JSON.stringify(v)));
    }
    const bytes: fc.Arbitrary<Uint8Array> =
      part.name === 'VerifyImage' ? fc.constant(FAKE_JPEG) : fc.uint8Array({ minLength: 1, maxLength: 64 });
    const file = bytes.map((b) => filePart(part.name, b));
    if (part.required || options.verifyImage === 'include') return file;
    if (options.verifyImage === 'omit') return fc.constant(undefined);
    return fc.option(file, { nil: undefined });
  });
  return fc.tuple(...arbs).map((list) => list.filter((p): p is Part => p !== undefined));
}

function bodyArbitrary(shape: OperationShape, options: RequestOptions): fc.Arbitrary<RequestBody | undefined> {
  const spec = shape.body;
  if (!spec) return fc.constant(undefined);
  if (spec.kind === 'json') return arbitraryFor(shape.version, spec.definition).map(jsonBody);
  const files = partsArbitrary(
    shape,
    spec.parts.filter((p) => !spec.flat || p.file),
    options,
  );
  if (!spec.flat) return files.map((parts) => ({ kind: 'multipart', parts }));
  // Flat fields (CONTRACT.md §5): a valid value of the definition, one text part per field, then the files.
  return fc
    .tuple(arbitraryFor(shape.version, spec.flat), files)
    .map(([fields, parts]) => ({ kind: 'multipart', parts: [...flatParts(fields), ...parts] }));
}

/**
 * Valid requests of an operation, built from the version's OpenAPI document: path parameters from
 * `options.pathParams` (ids that exist at run time), optional `start`/`top`, a body valid against its
 * schema (create bodies keep the deviceCorrelationId rule and never the documented conflict), and
 * `client-request-id` on device calls. Shrinks towards no query, minimal bodies, bounds nearest 0.
 */
export function requestArbitrary(
  version: ContractVersion,
  operationId: string,
  options: RequestOptions = {},
): fc.Arbitrary<RequestCase> {
  const shape = describeOperation(version, operationId);
  const frame = requestFrame(shape, options);
  const clientRequestId = shape.device ? fc.option(fc.uuid(), { nil: undefined }) : fc.constant(undefined);
  return fc
    .record({ query: queryArbitrary(shape), body: bodyArbitrary(shape, options), clientRequestId })
    .map(({ query, body, clientRequestId: id }) => ({
      ...frame,
      query,
      headers: { ...bodyHeaders(body), ...(id ? { 'client-request-id': id } : {}) },
      ...(body ? { body } : {}),
      mode: 'positive',
      label: `${operationId} positive`,
    }));
}

/** The deterministic valid request of an operation: no query, the example body (required fields, defaults). */
export function baseRequest(version: ContractVersion, operationId: string, options: RequestOptions = {}): RequestCase {
  const shape = describeOperation(version, operationId);
  let body: RequestBody | undefined;
  if (shape.body?.kind === 'json') body = jsonBody(exampleFor(version, shape.body.definition));
  if (shape.body?.kind === 'multipart') {
    const { flat } = shape.body;
    const parts = shape.body.parts
      .filter((p) => !flat || p.file)
      .filter((p) => p.required || options.verifyImage === 'include')
      .map((p) =>
        p.definition ? jsonPart(p.name, JSON.stringify(exampleFor(version, p.definition))) : filePart(p.name),
      );
    body = { kind: 'multipart', parts: [...(flat ? flatParts(exampleFor(version, flat)) : []), ...parts] };
  }
  return {
    ...requestFrame(shape, options),
    query: [],
    headers: bodyHeaders(body),
    ...(body ? { body } : {}),
    mode: 'positive',
    label: `${operationId} positive example`,
  };
}
