import { definitionsFor } from '../definitions';
import type { JsonSchema } from '../definitions';
import type { ContractVersion } from '../versions';

/** One field of a flattened definition: its type, its enum values, whether it is required. */
export interface FieldInfo {
  /** Base JSON types without `null`, sorted and joined (`object`, `string`, `integer|string`). */
  type: string;
  enum?: string[];
  /** Its documented bounds, in words (`1..32 characters`, `1..3`), when it has any. */
  bounds?: string;
  required: boolean;
}

/** A definition's fields by dotted path (`results.attempts[].attemptId`), outermost first. */
export type FieldMap = Map<string, FieldInfo>;

type Schema = JsonSchema & {
  $ref?: string;
  anyOf?: Schema[];
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

/** Follows `$ref`s (by definition name) and a nullable `anyOf: [ref, null]` to the schema that says what a value is. */
function resolve(schema: Schema, defs: Record<string, JsonSchema>, seen: Set<string>): Schema {
  let current = schema;
  for (;;) {
    const option = current.anyOf?.find((s) => s.type !== 'null');
    if (option) current = option;
    else if (current.$ref) {
      const name = current.$ref.replace(/\.json$/, '').replace(/^.*\//, '');
      if (seen.has(name)) return {};
      seen.add(name);
      current = (defs[name] ?? {}) as Schema;
    } else return current;
  }
}

function typeOf(schema: Schema): string {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const base = types.filter((t) => t !== 'null').sort();
  if (base.length > 0) return base.join('|');
  return schema.properties ? 'object' : schema.items ? 'array' : 'any';
}

/** A field's length or value bounds in words, when it states any (a new field's rule, in the diff). */
function boundsOf(schema: Schema): string | undefined {
  const range = (low: number | undefined, high: number | undefined, unit: string): string | undefined =>
    low === undefined && high === undefined ? undefined : `${low ?? ''}..${high ?? ''}${unit}`;
  return range(schema.minLength, schema.maxLength, ' characters') ?? range(schema.minimum, schema.maximum, '');
}

function walk(schema: Schema, defs: Record<string, JsonSchema>, prefix: string, out: FieldMap, seen: Set<string>) {
  const required = new Set(schema.required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const branch = new Set(seen);
    let field = resolve(raw, defs, branch);
    const info: FieldInfo = { type: typeOf(field), required: required.has(name) };
    if (field.enum) info.enum = field.enum.map(String);
    const bounds = boundsOf(field);
    if (bounds) info.bounds = bounds;
    out.set(path, info);
    let itemPath = path;
    if (field.items) {
      field = resolve(field.items, defs, branch);
      itemPath = `${path}[]`;
    }
    if (field.properties) walk(field, defs, itemPath, out, branch);
  }
}

/** Flattens a version's definition into its fields, following `$ref`s (cycles stop). */
export function fieldsOf(version: ContractVersion, definition: string): FieldMap {
  const defs = definitionsFor(version);
  const out: FieldMap = new Map();
  const root = defs[definition] as Schema | undefined;
  if (root) walk(root, defs, '', out, new Set([definition]));
  return out;
}
