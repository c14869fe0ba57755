import type { Located } from './located';

/** A JSON type as `type` names it. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** The JSON types `type` may name. */
export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/**
 * One alternative of a schema with its combinators taken apart: the conjunction of every keyword that
 * applies to the value itself. Sub-schemas (property values, items) stay as conjunctions of located
 * nodes, expanded only when the generator reaches them.
 */
export interface FlatSchema {
  /** Pointer of the first schema node, for messages. */
  at: string;
  /** Allowed types; undefined when no `type` constrains them. */
  types?: JsonType[];
  /** Allowed values (`enum` and `const`, intersected). */
  values?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  properties: Map<string, Located[]>;
  required: Set<string>;
  /** With `additionalProperties: false`: the only property names allowed. */
  closedTo?: Set<string>;
  items?: Located[];
  minItems?: number;
  maxItems?: number;
  /** Schemas the value must NOT satisfy: the `if` of an `else` branch, the other branches of a `oneOf`. */
  not: Located[];
  /** The first `default` seen (an annotation, used only for deterministic example values). */
  default?: unknown;
}

/** An unconstrained alternative. */
export function emptyFlat(at: string): FlatSchema {
  return { at, properties: new Map(), required: new Set(), not: [] };
}

/** A copy that can be extended without touching the original (for branching on a combinator). */
export function cloneFlat(flat: FlatSchema): FlatSchema {
  return {
    ...flat,
    types: flat.types && [...flat.types],
    values: flat.values && [...flat.values],
    properties: new Map([...flat.properties].map(([k, v]) => [k, [...v]])),
    required: new Set(flat.required),
    closedTo: flat.closedTo && new Set(flat.closedTo),
    items: flat.items && [...flat.items],
    not: [...flat.not],
  };
}

/** The JSON type of a value, `integer` for whole numbers. */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** Whether a value's type is among `types` (an integer is a number too). */
export function typeAllows(types: readonly JsonType[] | undefined, value: unknown): boolean {
  if (!types) return true;
  const t = jsonTypeOf(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** Intersection of two type lists (`integer` ∩ `number` = `integer`). */
export function intersectTypes(a: JsonType[] | undefined, b: JsonType[]): JsonType[] {
  if (!a) return [...b];
  const out = new Set<JsonType>();
  for (const x of a) {
    if (b.includes(x)) out.add(x);
    else if (x === 'integer' && b.includes('number')) out.add('integer');
    else if (x === 'number' && b.includes('integer')) out.add('integer');
  }
  return [...out];
}

/** Whether an alternative can hold any value at all (contradictory merges are pruned, not generated). */
export function satisfiable(flat: FlatSchema): boolean {
  if (flat.types?.length === 0 || flat.values?.length === 0) return false;
  if (flat.values && !flat.values.some((v) => typeAllows(flat.types, v))) return false;
  if ((flat.minimum ?? -Infinity) > (flat.maximum ?? Infinity)) return false;
  if ((flat.minLength ?? 0) > (flat.maxLength ?? Infinity)) return false;
  if ((flat.minItems ?? 0) > (flat.maxItems ?? Infinity)) return false;
  const closed = flat.closedTo;
  return !closed || [...flat.required].every((name) => closed.has(name));
}
