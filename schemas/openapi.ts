import type { OpenAPIV3_1 } from 'openapi-types';
import { definitionsFor } from './definitions';
import { schemaId } from './ids';
import type { BodySpec, OperationSpec } from './contract';
import { operationsFor } from './contract';
import type { ContractVersion } from './versions';

/** OpenAPI 3.1 document of one version, with the extensions this project uses. */
export type LivenessOpenApi = OpenAPIV3_1.Document & {
  /** Operations that share a method and path with one in `paths` (Azure's `x-ms-paths` overload convention). */
  'x-ms-paths': OpenAPIV3_1.PathsObject;
};

/** Marks an operation that a client device makes with the session token (simulated; CONTRACT.md §1). */
export type DeviceOperation = OpenAPIV3_1.OperationObject & { 'x-device-call': true };

const json = 'application/json';

/** A `$ref` schema: JSON Schema 2020-12 allows it in any schema, though openapi-types' SchemaObject omits it. */
function refSchema(target: string): OpenAPIV3_1.SchemaObject {
  return { $ref: target } as OpenAPIV3_1.SchemaObject;
}
const errorResponse: OpenAPIV3_1.ResponseObject = {
  description: 'An error; the body is a FaceErrorResponse and `x-ms-error-code` repeats error.code.',
  headers: {
    'x-ms-error-code': { description: 'The error code, equal to error.code.', schema: { type: 'string' } },
    'apim-request-id': { description: 'Request id, on every response.', schema: { type: 'string' } },
  },
  content: { [json]: { schema: { $ref: '#/components/schemas/FaceErrorResponse' } } },
};

function parameter(name: string, where: 'path' | 'query'): OpenAPIV3_1.ParameterObject {
  const definition = { start: 'ListStart', top: 'ListTop', sessionId: 'SessionId', sessionImageId: 'SessionId' }[name];
  return {
    name,
    in: where,
    required: where === 'path',
    schema: { $ref: `#/components/schemas/${definition ?? 'SessionId'}` },
  };
}

function requestBody(body: BodySpec, version: ContractVersion): OpenAPIV3_1.RequestBodyObject {
  if (body.contentType === json) {
    return { required: true, content: { [json]: { schema: { $ref: `#/components/schemas/${body.definition}` } } } };
  }
  const properties: Record<string, OpenAPIV3_1.SchemaObject> = {};
  for (const part of body.parts ?? []) {
    properties[part.name] = part.file
      ? { type: 'string', contentMediaType: 'application/octet-stream' }
      : body.flat
        ? refSchema(`${schemaId(version, body.definition ?? '')}#/properties/${part.name}`)
        : { type: 'string', contentMediaType: json, description: `JSON text of ${part.json}` };
  }
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties,
          required: (body.parts ?? []).filter((p) => p.required).map((p) => p.name),
        },
      },
    },
  };
}

function responses(op: OperationSpec): OpenAPIV3_1.ResponsesObject {
  const out: OpenAPIV3_1.ResponsesObject = { default: errorResponse };
  for (const s of op.success) {
    const headers = { 'apim-request-id': { schema: { type: 'string' as const } } };
    if (s.bytes) {
      out[String(s.status)] = { description: 'Image bytes.', headers, content: { 'application/octet-stream': {} } };
    } else if (s.definition) {
      const ref = refSchema(`#/components/schemas/${s.definition}`);
      const schema: OpenAPIV3_1.SchemaObject = s.array ? { type: 'array', items: ref } : ref;
      out[String(s.status)] = { description: 'Success.', headers, content: { [json]: { schema } } };
    } else {
      out[String(s.status)] = { description: 'Success, no body.', headers };
    }
  }
  return out;
}

function operationObject(op: OperationSpec, version: ContractVersion): OpenAPIV3_1.OperationObject {
  const object: OpenAPIV3_1.OperationObject = {
    operationId: op.id,
    summary: op.name,
    parameters: [...op.pathParams.map((p) => parameter(p, 'path')), ...op.query.map((q) => parameter(q, 'query'))],
    responses: responses(op),
    security: op.kind === 'device' ? [{ SessionToken: [] }] : [{ 'Ocp-Apim-Subscription-Key': [] }, { AADToken: [] }],
  };
  if (op.body) object.requestBody = requestBody(op.body, version);
  if (op.kind === 'device') return { ...object, 'x-device-call': true } as DeviceOperation;
  return object;
}

/** Builds the OpenAPI 3.1 document of a version from the operation table and the definitions. */
export function openApiFor(version: ContractVersion): LivenessOpenApi {
  const paths: OpenAPIV3_1.PathsObject = {};
  const overloads: OpenAPIV3_1.PathsObject = {};
  for (const op of operationsFor(version)) {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'delete' | 'patch';
    const taken = paths[op.path]?.[method];
    const target = taken ? overloads : paths;
    const key = taken ? `${op.path}?_overload=${op.id}` : op.path;
    target[key] = { ...target[key], [method]: operationObject(op, version) };
  }
  const schemas: Record<string, OpenAPIV3_1.SchemaObject> = {};
  for (const name of Object.keys(definitionsFor(version))) schemas[name] = refSchema(schemaId(version, name));
  return {
    openapi: '3.1.0',
    info: { title: 'Azure AI Face liveness-session operations', version },
    servers: [{ url: `{endpoint}/face/${version}`, variables: { endpoint: { default: 'http://localhost:4010' } } }],
    paths,
    'x-ms-paths': overloads,
    components: {
      schemas,
      securitySchemes: {
        'Ocp-Apim-Subscription-Key': { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' },
        AADToken: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: 'https://api.example.com/oauth2/authorize',
              tokenUrl: 'https://api.example.com/oauth2/token',
              scopes: { 'https://cognitiveservices.azure.com/.default': '' },
            },
          },
        },
        SessionToken: { type: 'http', scheme: 'bearer', description: 'The session authToken; device calls only.' },
      },
    },
  };
}

/** An operation of a document with the method and path (or overload key) it sits under. */
export interface LocatedOperation {
  method: 'get' | 'post' | 'delete' | 'patch';
  path: string;
  operation: OpenAPIV3_1.OperationObject & { 'x-device-call'?: boolean };
}

/** Every operation of a document, from `paths` and `x-ms-paths` (the overload suffix stripped from the path). */
export function listOperations(doc: LivenessOpenApi): LocatedOperation[] {
  const out: LocatedOperation[] = [];
  for (const paths of [doc.paths ?? {}, doc['x-ms-paths']]) {
    for (const [key, item] of Object.entries(paths)) {
      for (const method of ['get', 'post', 'delete', 'patch'] as const) {
        const operation = item?.[method];
        if (operation) out.push({ method, path: key.replace(/\?_overload=.*$/, ''), operation });
      }
    }
  }
  return out;
}
