import type { OpenAPIV3_1 } from 'openapi-types';
import type { ContractVersion } from '../../schemas';
import { listOperations, openApiFor, operation } from '../../schemas';

/** A parameter of an operation and the definition its value must satisfy. */
export interface ParameterShape {
  name: string;
  definition: string;
}

/** A multipart part as the OpenAPI document and the operation table describe it. */
export interface PartShape {
  name: string;
  required: boolean;
  file: boolean;
  /** For a JSON text part (`Parameters`): the definition of its content. */
  definition?: string;
}

/** What the generators need of an operation, read from the version's OpenAPI document. */
export interface OperationShape {
  version: ContractVersion;
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  pathTemplate: string;
  /** A device call (session token, simulated), rather than a management call. */
  device: boolean;
  pathParams: ParameterShape[];
  query: ParameterShape[];
  /**
   * A multipart body's `flat` names the definition its text fields make together (CONTRACT.md §5 "flat
   * fields": one text part per field, beside the file parts): the v1.2 with-verify create.
   */
  body?: { kind: 'json'; definition: string } | { kind: 'multipart'; parts: PartShape[]; flat?: string };
}

function definitionOf(schema: unknown, where: string): string {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  const match = typeof ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(ref) : null;
  if (!match) throw new Error(`describeOperation: ${where} has no component schema reference`);
  return match[1];
}

function multipartParts(operationId: string, schema: OpenAPIV3_1.SchemaObject): PartShape[] {
  const table = operation(operationId).body?.parts ?? [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, part]) => {
    const json = (part as { contentMediaType?: string }).contentMediaType === 'application/json';
    const listed = table.find((p) => p.name === name);
    const definition = json ? listed?.json : undefined;
    // A flat text field is no file: the operation table says which parts are files.
    const file = listed && operation(operationId).body?.flat ? listed.file : !json;
    return { name, required: required.has(name), file, ...(definition ? { definition } : {}) };
  });
}

const cache = new Map<string, OperationShape>();

/** The shape of an operation of a version, from `openApiFor(version)` (multipart JSON parts: the operation table). */
export function describeOperation(version: ContractVersion, operationId: string): OperationShape {
  const key = `${version}/${operationId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const all = listOperations(openApiFor(version));
  const found = all.find((o) => o.operation.operationId === operationId);
  if (!found) {
    const known = all.map((o) => o.operation.operationId).join(', ');
    throw new Error(`describeOperation: no operation "${operationId}" in ${version}; known: ${known}`);
  }
  const params = (found.operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
  const shapeOf = (p: OpenAPIV3_1.ParameterObject): ParameterShape => ({
    name: p.name,
    definition: definitionOf(p.schema, `parameter ${p.name} of ${operationId}`),
  });
  const content = (found.operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content ?? {};
  let body: OperationShape['body'];
  if (content['application/json']) {
    body = { kind: 'json', definition: definitionOf(content['application/json'].schema, `body of ${operationId}`) };
  } else if (content['multipart/form-data']) {
    const schema = content['multipart/form-data'].schema as OpenAPIV3_1.SchemaObject;
    const spec = operation(operationId).body;
    const flat = spec?.flat && spec.definition ? { flat: spec.definition } : {};
    body = { kind: 'multipart', parts: multipartParts(operationId, schema), ...flat };
  }
  const shape: OperationShape = {
    version,
    operationId,
    method: found.method.toUpperCase() as OperationShape['method'],
    pathTemplate: found.path,
    device: found.operation['x-device-call'] === true,
    pathParams: params.filter((p) => p.in === 'path').map(shapeOf),
    query: params.filter((p) => p.in === 'query').map(shapeOf),
    ...(body ? { body } : {}),
  };
  cache.set(key, shape);
  return shape;
}
