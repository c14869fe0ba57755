import type { ContractVersion, OperationSpec, RequestViolation, SchemaViolation } from '../schemas';
import { conflictFor, documentedCodesFor, openCaseOf, registry } from '../schemas';
import { multipartParts } from './multipart';
import { parseJsonBounded, tooDeepReason } from '../wire';

/** A documented constraint the request breaks (a server must refuse it), with the suite's scenario name. */
export interface Broken extends RequestViolation {
  scenario: string;
  message: string;
}

/** What a recorded request breaks: documented constraints, and undocumented points (a server may do either). */
export interface RequestJudgement {
  documented: Broken[];
  undocumented: string[];
}

/** The one optional field the seeds allow to be null (CONTRACT.md §4): a null elsewhere is undocumented. */
const NULLABLE_BY_SEEDS = 'deviceCorrelationId';

function framing(scenario: string, message: string): Broken {
  return { location: 'body', instancePath: '', keyword: 'required', scenario, message };
}

function bodyViolations(version: ContractVersion, definition: string, text: string, out: RequestJudgement): void {
  const parsed = parseJsonBounded(text);
  if (!parsed.ok) {
    const why = parsed.reason === 'too-deep' ? tooDeepReason() : 'the JSON body does not parse';
    out.documented.push({ ...framing('malformed-json', why), keyword: 'type' });
    return;
  }
  const value = parsed.value;
  const schema = registry().schema(version, definition) as { required?: string[]; properties?: object };
  const required = new Set(schema.required ?? []);
  const violations = registry().validate(version, definition, value);
  // A body the documents leave open (schemas/openCases.ts) demands no refusal, as the generators label it.
  const open = violations.length > 0 ? openCaseOf(definition, value, Object.keys(schema.properties ?? {})) : undefined;
  if (open) {
    out.undocumented.push(`a body the documents leave open (${open})`);
    return;
  }
  // Any violation at a field a documented conflict is about belongs to that conflict (e.g. an empty
  // deviceCorrelationId with deviceCorrelationIdSetInClient: true, which the real service accepts).
  const conflicted = new Set(
    violations.filter((v) => conflictFor(definition, v.schemaPath)).map((v) => v.instancePath),
  );
  for (const v of violations) {
    const field = v.instancePath.split('/')[1] ?? '';
    const isNull = v.keyword === 'type' && v.instancePath !== '' && valueAt(value, v.instancePath) === null;
    if (conflictFor(definition, v.schemaPath) || conflicted.has(v.instancePath))
      out.undocumented.push(`documented conflict at ${v.schemaPath}`);
    else if (v.keyword === 'additionalProperties') out.undocumented.push(`unknown body field ${describeExtra(v)}`);
    else if (v.keyword === 'format')
      out.undocumented.push(`${v.instancePath} outside the format its description names`);
    else if (isNull && !required.has(field) && field !== NULLABLE_BY_SEEDS) {
      out.undocumented.push(`null for the optional field ${v.instancePath}`);
    } else out.documented.push(broken('body', v));
  }
}

function describeExtra(v: SchemaViolation): string {
  return `${v.instancePath}/${String(v.params.additionalProperty ?? '')}`;
}

function valueAt(value: unknown, pointer: string): unknown {
  let v = value;
  for (const key of pointer.split('/').slice(1))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function broken(location: 'body' | 'query', v: SchemaViolation, prefix = ''): Broken {
  const missing = v.params.missingProperty;
  return {
    location,
    instancePath: prefix + v.instancePath,
    keyword: v.keyword,
    ...(typeof missing === 'string' ? { missingProperty: missing } : {}),
    scenario: `${location}-${v.keyword}`,
    message: `${location} ${prefix + v.instancePath || '/'}: ${v.message}`,
  };
}

function queryViolations(
  version: ContractVersion,
  op: OperationSpec,
  query: [string, string][],
  out: RequestJudgement,
): void {
  for (const name of op.query) {
    const values = query.filter(([n]) => n === name).map(([, v]) => v);
    if (values.length > 1) out.undocumented.push(`query parameter ${name} repeated`);
    for (const text of values) {
      if (name === 'start' && op.role === 'audit' && !/^\d+$/.test(text)) {
        out.undocumented.push('audit start that is not a number');
      }
      const parsed = name === 'top' && /^[+-]?\d+$/.test(text) ? Number(text) : text;
      const definition = name === 'top' ? 'ListTop' : 'ListStart';
      for (const v of registry().validate(version, definition, parsed))
        out.documented.push(broken('query', v, `/${name}`));
    }
  }
}

/**
 * Judges a recorded request against the operation's documented constraints (CONTRACT.md §3-§4), the way
 * the generators label cases: wrong types, values out of range or outside an enum, a missing required
 * field, `start` over 64 characters, malformed JSON, a missing body or part, a wrong Content-Type are
 * documented; an unknown body field, `null` for an optional field, a repeated query parameter, an audit
 * `start` that is not a number, and the documented conflicts are not (a server may accept or refuse).
 */
export function judgeRequest(
  version: ContractVersion,
  op: OperationSpec,
  query: [string, string][],
  headers: Record<string, string>,
  text: string | undefined,
): RequestJudgement {
  const out: RequestJudgement = { documented: [], undocumented: [] };
  queryViolations(version, op, query, out);
  const spec = op.body;
  if (!spec) return out;
  if (text === undefined || text.length === 0) {
    out.documented.push(framing('missing-body', 'the request has no body'));
    return out;
  }
  const type = (headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith(spec.contentType)) {
    out.documented.push(
      framing('wrong-content-type', `Content-Type ${type || 'absent'}, expected ${spec.contentType}`),
    );
    return out;
  }
  if (spec.contentType === 'application/json') {
    if (spec.definition) bodyViolations(version, spec.definition, text, out);
    return out;
  }
  const parts = multipartParts(text, type);
  // v1.2 GA flat multipart: every field is a text part; only the parts' presence is judged here.
  if (!parts) return out; // unparseable multipart text (e.g. binary recorded lossily): not judged
  for (const part of spec.parts ?? []) {
    const sent = parts.find((p) => p.name === part.name);
    if (!sent && part.required) out.documented.push(framing('missing-part', `multipart part ${part.name} missing`));
    if (sent && part.json && !spec.flat) bodyViolations(version, part.json, sent.text, out);
  }
  return out;
}

/** How many codes a violation allows: every code where no document names one. */
function breadth(b: Broken): number {
  return documentedCodesFor(b)?.length ?? Number.MAX_SAFE_INTEGER;
}

/** The violation whose documented codes are the widest: with several, a server may report any of them. */
export function widest(list: Broken[]): Broken {
  return [...list].sort((a, b) => breadth(b) - breadth(a))[0];
}
