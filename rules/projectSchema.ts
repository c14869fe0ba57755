import type { ContractVersion, JsonSchema } from '../schemas';
import { definitionsFor } from '../schemas';

/** One schema keyword a documented rule states, to compare with the suite's own schema. */
export interface Constraint {
  keyword: 'required' | 'type' | 'enum' | 'minimum' | 'maximum' | 'maxLength' | 'minLength' | 'default' | 'format';
  value: unknown;
}

const cache = new Map<ContractVersion, Record<string, JsonSchema>>();
const defs = (version: ContractVersion) => {
  let set = cache.get(version);
  if (!set) cache.set(version, (set = definitionsFor(version)));
  return set;
};

/** Follows `$ref` (`X.json`) and a nullable `anyOf: [schema, {type: null}]` to the schema that says something. */
function resolve(version: ContractVersion, schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let i = 0; current && i < 5; i++) {
    if (typeof current.$ref === 'string') current = defs(version)[current.$ref.replace(/\.json$/, '')];
    else if (Array.isArray(current.anyOf)) {
      current = (current.anyOf as JsonSchema[]).find((s) => s.type !== 'null') ?? undefined;
    } else return current;
  }
  return current;
}

/**
 * The suite's schema at a location: `Definition` or `Definition/properties/x[/properties/y]`, with `$ref`s
 * followed at each step. Undefined when the suite's contract has no such definition or property.
 */
export function projectSchemaAt(version: ContractVersion, location: string): JsonSchema | undefined {
  const [definition, ...rest] = location.split('/');
  let schema = resolve(version, defs(version)[definition]);
  for (let i = 0; schema && i < rest.length; i += 2) {
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    schema = resolve(version, props?.[rest[i + 1]]);
  }
  return schema;
}

const sameSet = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Whether the suite's schema states the constraint (at a property: `location`; for `required`, the parent). */
export function projectStates(version: ContractVersion, location: string, constraint: Constraint): boolean {
  if (constraint.keyword === 'required') {
    const parent = projectSchemaAt(version, location);
    const required = [
      ...((parent?.required as string[]) ?? []),
      ...(((parent?.else as JsonSchema)?.required as string[]) ?? []),
    ];
    return required.includes(constraint.value as string);
  }
  const schema = projectSchemaAt(version, location);
  if (!schema) return false;
  const actual = schema[constraint.keyword];
  switch (constraint.keyword) {
    case 'type': {
      const types = Array.isArray(actual) ? actual : [actual];
      if (constraint.value === 'object' && actual === undefined) return !!schema.properties;
      return types.includes(constraint.value) || (constraint.value === 'number' && types.includes('integer'));
    }
    case 'enum':
      return Array.isArray(actual) && sameSet(actual, constraint.value as unknown[]);
    case 'format':
      // A SHA-256 hex string is stated as a pattern, not a format.
      return actual === constraint.value;
    default:
      return JSON.stringify(actual) === JSON.stringify(constraint.value);
  }
}
