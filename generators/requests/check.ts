import type { SchemaViolation } from '../../schemas';
import { flatFieldValue, registry } from '../../schemas';
import type { Part } from '../../wire';
import { serializeBody } from '../../wire';
import { explainingViolations } from '../cases/label';
import { describeOperation } from './describe';
import type { OperationShape } from './describe';
import type { RequestCase, ViolationLabel } from './types';

/** A contract violation found in a request's serialized form. */
export interface SerializedViolation extends SchemaViolation {
  location: ViolationLabel['location'];
  part?: string;
}

/** Where an audit `start` rule comes from: it is an entry id (an integer), by the definition, not by a schema. */
export const AUDIT_START_RULE = 'CONTRACT.md §2 LivenessSessionAuditEntry.id (audit start is an entry id)';

function at(location: ViolationLabel['location'], list: SchemaViolation[], part?: string): SerializedViolation[] {
  return list.map((v) => ({ ...v, location, ...(part ? { part } : {}) }));
}

function rule(location: ViolationLabel['location'], instancePath: string, keyword: string, schemaPath: string) {
  return { location, instancePath, keyword, schemaPath, message: keyword, params: {} } satisfies SerializedViolation;
}

function queryViolations(shape: OperationShape, query: [string, string][]): SerializedViolation[] {
  const out: SerializedViolation[] = [];
  const reg = registry();
  for (const param of shape.query) {
    const values = query.filter(([n]) => n === param.name).map(([, v]) => v);
    const pointer = `/${param.name}`;
    if (values.length > 1) out.push(rule('query', pointer, 'type', `query/${param.name}: a single value`));
    for (const text of values) {
      const parsed = param.definition === 'ListTop' && /^[+-]?\d+$/.test(text) ? Number(text) : text;
      const found = reg.validate(shape.version, param.definition, parsed);
      out.push(...at('query', found).map((v) => ({ ...v, instancePath: pointer + v.instancePath })));
      if (param.name === 'start' && shape.pathTemplate.endsWith('/audit') && !/^\d+$/.test(text)) {
        out.push(rule('query', pointer, 'type', AUDIT_START_RULE));
      }
    }
  }
  return out;
}

function jsonTextViolations(
  shape: OperationShape,
  definition: string,
  text: string,
  location: 'body' | 'part',
  part?: string,
): SerializedViolation[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ ...rule(location, '', 'contentMediaType', 'application/json'), ...(part ? { part } : {}) }];
  }
  return at(location, registry().validate(shape.version, definition, value), part);
}

/**
 * The flat fields of a multipart body (CONTRACT.md §5), read back as the server reads them (by the
 * definition's property types) and validated as one value of `definition`; a field sent as a file breaks
 * the form too.
 */
function flatViolations(shape: OperationShape, definition: string, parts: Part[]): SerializedViolation[] {
  const spec = shape.body?.kind === 'multipart' ? shape.body.parts : [];
  const files = new Set(spec.filter((p) => p.file).map((p) => p.name));
  const schema = registry().schema(shape.version, definition);
  const properties = (schema.properties ?? {}) as Record<string, { type?: unknown }>;
  const value: Record<string, unknown> = {};
  const out: SerializedViolation[] = [];
  for (const p of parts.filter((x) => !files.has(x.name))) {
    if (p.filename !== undefined)
      out.push({ ...rule('part', '', 'filename', 'a flat field, not a file'), part: p.name });
    const text = typeof p.data === 'string' ? p.data : Buffer.from(p.data).toString('utf8');
    value[p.name] = flatFieldValue(properties[p.name]?.type, text);
  }
  return [...out, ...at('body', registry().validate(shape.version, definition, value))];
}

function bodyViolations(shape: OperationShape, request: RequestCase): SerializedViolation[] {
  const spec = shape.body;
  const body = request.body;
  if (!spec) return [];
  if (!body) return [rule('body', '', 'required', 'requestBody/required')];
  if (spec.kind === 'json') {
    if (body.kind !== 'json') return [rule('body', '', 'contentType', 'requestBody/content')];
    // The Content-Type it goes out with (runner/client.ts serializes with wire's serializeBody).
    const sent = serializeBody(body, request.headers).headers;
    const type = Object.entries(sent).find(([h]) => h.toLowerCase() === 'content-type')?.[1] ?? '';
    const typeOk = /^application\/json\s*(;|$)/i.test(type);
    return [
      ...(typeOk ? [] : [rule('body', '', 'contentType', 'requestBody/content')]),
      ...jsonTextViolations(shape, spec.definition, body.text, 'body'),
    ];
  }
  if (body.kind !== 'multipart') return [rule('body', '', 'contentType', 'requestBody/content')];
  const out: SerializedViolation[] = spec.flat ? flatViolations(shape, spec.flat, body.parts) : [];
  for (const part of spec.parts.filter((p) => !spec.flat || p.file)) {
    const sent = body.parts.filter((p) => p.name === part.name);
    if (sent.length === 0 && part.required) {
      out.push({
        ...rule('part', '', 'required', 'requestBody/content/multipart'),
        params: { missingProperty: part.name },
      });
    }
    for (const p of sent) {
      if (part.file && !p.filename)
        out.push({ ...rule('part', '', 'filename', 'multipart file part'), part: part.name });
      if (part.definition && typeof p.data === 'string') {
        out.push(...jsonTextViolations(shape, part.definition, p.data, 'part', part.name));
      }
    }
  }
  return out;
}

/**
 * What a request breaks, judged on its serialized form as it will be sent: path values, the query
 * pairs (`top` parsed as an integer, `start` as text, a repeated name), the JSON text or the
 * multipart parts, re-parsed and validated by the shared registry. Credentials are not judged here.
 */
export function serializedViolations(request: RequestCase): SerializedViolation[] {
  const shape = describeOperation(request.version, request.operationId);
  const reg = registry();
  const out: SerializedViolation[] = [];
  for (const param of shape.pathParams) {
    const value = request.pathParams[param.name] ?? '';
    out.push(...at('path', reg.validate(shape.version, param.definition, value)));
  }
  out.push(...queryViolations(shape, request.query), ...bodyViolations(shape, request));
  return out;
}

/**
 * Whether a negative request, once serialized, still breaks what its label says and nothing else
 * (an auth case must be otherwise valid). A case that serializes to something valid is never emitted.
 */
export function confirmsViolation(request: RequestCase): boolean {
  const label = request.violation;
  if (!label) return false;
  const found = serializedViolations(request);
  if (label.location === 'auth') return found.length === 0;
  const here = found.filter((v) => v.location === label.location && v.part === label.part);
  if (here.length !== found.length) return false;
  const property =
    label.keyword === 'required' || label.keyword === 'additionalProperties' ? label.property : undefined;
  const expected = { keyword: label.keyword, pointer: label.pointer, ...(property ? { property } : {}) };
  return explainingViolations(here, expected).some((v) => v.schemaPath === label.schemaPath);
}
