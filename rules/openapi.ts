/**
 * Mechanical extraction of the structural rules of an OpenAPI (swagger 2.0) excerpt: per definition its
 * required members, enums, and per property its type, enum ($ref to an enum definition), format, bounds and
 * default; per operation its documented statuses, the error header and form-data parameters; the security
 * schemes. Each rule points at its JSON pointer in the copied excerpt. Which check enforces a rule is decided
 * by `coverage.ts`.
 */
import type { ContractVersion } from '../schemas';
import type { Constraint } from './projectSchema';
import type { RuleKind } from './types';

type Json = Record<string, unknown>;

/** One structural fact of an excerpt, before its coverage is decided. */
export interface Fact {
  id: string;
  kind: RuleKind;
  statement: string;
  pointer: string;
  words: string;
  /** Swagger definition (or `<operationId>.formData`) and property the fact is about. */
  definition: string;
  property?: string;
  constraint?: Constraint;
  /** For operation facts: the operation id and what is stated. */
  operation?: { id: string; what: 'status' | 'errorHeader' | 'security'; status?: string };
}

/** How one excerpt is read. */
export interface ExcerptSpec {
  doc: string;
  version: ContractVersion;
  /** Id prefix, e.g. `v1.2`. */
  prefix: string;
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const KEYWORDS = ['minimum', 'maximum', 'maxLength', 'minLength', 'default', 'format'] as const;
const KIND: Record<(typeof KEYWORDS)[number], RuleKind> = {
  minimum: 'range',
  maximum: 'range',
  maxLength: 'length',
  minLength: 'length',
  default: 'default',
  format: 'format',
};

function refName(schema: Json): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.replace('#/definitions/', '') : undefined;
}

/** Facts of one property (a definition member or a form-data parameter). */
function propertyFacts(
  spec: ExcerptSpec,
  definitions: Record<string, Json>,
  definition: string,
  property: string,
  schema: Json,
  pointer: string,
): Fact[] {
  const base = `${spec.prefix}.def.${definition}.${property}`;
  const out: Fact[] = [];
  const target = refName(schema);
  if (target && Array.isArray(definitions[target]?.enum)) {
    const values = definitions[target].enum as unknown[];
    out.push({
      id: `${base}.enum`,
      kind: 'enum',
      statement: `${definition}.${property} is one of ${target}: ${values.join(' | ')}`,
      pointer: `${pointer}/$ref`,
      words: JSON.stringify(schema.$ref),
      definition,
      property,
      constraint: { keyword: 'enum', value: values },
    });
  }
  if (typeof schema.type === 'string') {
    out.push({
      id: `${base}.type`,
      kind: 'type',
      statement: `${definition}.${property} is of type ${schema.type}`,
      pointer: `${pointer}/type`,
      words: JSON.stringify(schema.type),
      definition,
      property,
      constraint: { keyword: 'type', value: schema.type },
    });
  }
  if (Array.isArray(schema.enum)) {
    out.push({
      id: `${base}.enum`,
      kind: 'enum',
      statement: `${definition}.${property} is one of ${schema.enum.join(' | ')}`,
      pointer: `${pointer}/enum`,
      words: JSON.stringify(schema.enum),
      definition,
      property,
      constraint: { keyword: 'enum', value: schema.enum },
    });
  }
  for (const keyword of KEYWORDS) {
    if (schema[keyword] === undefined) continue;
    out.push({
      id: `${base}.${keyword}`,
      kind: KIND[keyword],
      statement: `${definition}.${property}: ${keyword} ${JSON.stringify(schema[keyword])}`,
      pointer: `${pointer}/${keyword}`,
      words: JSON.stringify(schema[keyword]),
      definition,
      property,
      constraint: { keyword, value: schema[keyword] },
    });
  }
  return out;
}

/** Facts of every definition: enum values, required members, property facts. */
function definitionFacts(spec: ExcerptSpec, definitions: Record<string, Json>): Fact[] {
  const out: Fact[] = [];
  for (const [name, def] of Object.entries(definitions)) {
    const pointer = `/definitions/${esc(name)}`;
    if (Array.isArray(def.enum)) {
      out.push({
        id: `${spec.prefix}.def.${name}.enum`,
        kind: 'enum',
        statement: `${name} is one of ${def.enum.join(' | ')}`,
        pointer: `${pointer}/enum`,
        words: JSON.stringify(def.enum),
        definition: name,
        constraint: { keyword: 'enum', value: def.enum },
      });
    }
    for (const member of (def.required as string[] | undefined) ?? []) {
      out.push({
        id: `${spec.prefix}.def.${name}.required.${member}`,
        kind: 'required',
        statement: `${name}.${member} is required`,
        pointer: `${pointer}/required`,
        words: JSON.stringify(member),
        definition: name,
        property: member,
        constraint: { keyword: 'required', value: member },
      });
    }
    for (const [prop, schema] of Object.entries((def.properties as Record<string, Json>) ?? {})) {
      out.push(...propertyFacts(spec, definitions, name, prop, schema, `${pointer}/properties/${esc(prop)}`));
    }
  }
  return out;
}

/** Facts of every operation: documented statuses, the error header, form-data parameters. */
function pathFacts(spec: ExcerptSpec, doc: Json, definitions: Record<string, Json>): Fact[] {
  const out: Fact[] = [];
  for (const [path, item] of Object.entries((doc.paths as Record<string, Json>) ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const opId = String(op.operationId).replace('LivenessSessionOperations_', '');
      const opPointer = `/paths/${esc(path)}/${method}`;
      for (const [status, response] of Object.entries((op.responses as Record<string, Json>) ?? {})) {
        const what = status === 'default' ? 'an error answer is a FaceErrorResponse' : `success is ${status}`;
        out.push({
          id: `${spec.prefix}.op.${opId}.status.${status}`,
          kind: status === 'default' ? 'error' : 'status',
          statement: `${method.toUpperCase()} ${path}: ${what}`,
          pointer: `${opPointer}/responses/${status}/description`,
          words: JSON.stringify(response.description),
          definition: opId,
          operation: { id: opId, what: 'status', status },
        });
        if ((response.headers as Json | undefined)?.['x-ms-error-code']) {
          out.push({
            id: `${spec.prefix}.op.${opId}.errorHeader`,
            kind: 'error',
            statement: `${method.toUpperCase()} ${path}: an error answer may carry x-ms-error-code, the error code`,
            pointer: `${opPointer}/responses/${status}/headers/x-ms-error-code/description`,
            words: JSON.stringify((response.headers as Record<string, Json>)['x-ms-error-code'].description),
            definition: opId,
            operation: { id: opId, what: 'errorHeader' },
          });
        }
      }
      const params = ((op.parameters as Json[]) ?? []).map((p, i) => [p, i] as const);
      for (const [param, i] of params.filter(([p]) => p.in === 'formData')) {
        const definition = `${opId}.formData`;
        const name = String(param.name);
        const pointer = `${opPointer}/parameters/${i}`;
        if (param.required === true) {
          out.push({
            id: `${spec.prefix}.def.${definition}.required.${name}`,
            kind: 'required',
            statement: `${opId}: form field ${name} is required`,
            pointer: `${pointer}/required`,
            words: 'true',
            definition,
            property: name,
            constraint: { keyword: 'required', value: name },
          });
        }
        out.push(...propertyFacts(spec, definitions, definition, name, param, pointer));
      }
    }
  }
  return out;
}

/** Facts of the security schemes. */
function securityFacts(spec: ExcerptSpec, doc: Json): Fact[] {
  return Object.entries((doc.securityDefinitions as Record<string, Json>) ?? {}).map(([name, scheme]) => ({
    id: `${spec.prefix}.security.${name}`,
    kind: 'security' as const,
    statement: `every operation accepts the ${name} scheme (${scheme.type}${scheme.name ? ` ${scheme.name}` : ''})`,
    pointer: `/securityDefinitions/${esc(name)}/type`,
    words: JSON.stringify(scheme.type),
    definition: 'security',
    property: name,
    operation: { id: name, what: 'security' as const },
  }));
}

/** Every structural fact of an excerpt, in document order. */
export function extractFacts(spec: ExcerptSpec, doc: Json): Fact[] {
  const definitions = (doc.definitions as Record<string, Json>) ?? {};
  return [...securityFacts(spec, doc), ...pathFacts(spec, doc, definitions), ...definitionFacts(spec, definitions)];
}
