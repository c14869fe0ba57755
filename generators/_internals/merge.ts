import { IP_ADDRESS_OR_CIDR } from '../../schemas';
import type { FlatSchema, JsonType } from './flat';
import { intersectTypes, JSON_TYPES } from './flat';
import { unsupported } from './keywords';
import type { Located } from './located';
import { child } from './located';

/** The formats the string generators know. */
export const FORMATS = ['date-time', 'uuid', 'uri', IP_ADDRESS_OR_CIDR] as const;

function numberAt(node: Located, keyword: string): number | undefined {
  const value = node.schema[keyword];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw unsupported(`"${keyword}" value`, node.at);
  return value;
}

function typesOf(node: Located): JsonType[] {
  const raw = node.schema.type;
  const list = Array.isArray(raw) ? raw : [raw];
  for (const t of list) {
    if (!JSON_TYPES.includes(t as JsonType)) throw unsupported(`type ${JSON.stringify(t)}`, `${node.at}/type`);
  }
  return list as JsonType[];
}

function mergeValues(flat: FlatSchema, node: Located): void {
  const { schema } = node;
  const lists: unknown[][] = [];
  if (schema.enum !== undefined) {
    if (!Array.isArray(schema.enum)) throw unsupported('non-array "enum"', node.at);
    lists.push(schema.enum);
  }
  if ('const' in schema) lists.push([schema.const]);
  for (const list of lists) {
    const keep = flat.values?.map((v) => JSON.stringify(v));
    flat.values = keep ? list.filter((v) => keep.includes(JSON.stringify(v))) : [...list];
  }
}

function mergeBounds(flat: FlatSchema, node: Located): void {
  const lower = ['minimum', 'minLength', 'minItems'] as const;
  const upper = ['maximum', 'maxLength', 'maxItems'] as const;
  for (const k of lower) {
    const v = numberAt(node, k);
    if (v !== undefined) flat[k] = Math.max(flat[k] ?? -Infinity, v);
  }
  for (const k of upper) {
    const v = numberAt(node, k);
    if (v !== undefined) flat[k] = Math.min(flat[k] ?? Infinity, v);
  }
}

function mergeStrings(flat: FlatSchema, node: Located): void {
  const { pattern, format } = node.schema;
  if (pattern !== undefined) {
    if (typeof pattern !== 'string') throw unsupported('non-string "pattern"', node.at);
    if (flat.pattern !== undefined && flat.pattern !== pattern) throw unsupported('two different "pattern"s', node.at);
    flat.pattern = pattern;
  }
  if (format !== undefined) {
    if (!(FORMATS as readonly unknown[]).includes(format))
      throw unsupported(`format ${JSON.stringify(format)}`, node.at);
    if (flat.format !== undefined && flat.format !== format) throw unsupported('two different "format"s', node.at);
    flat.format = format as string;
  }
}

function mergeObject(flat: FlatSchema, node: Located): void {
  const { properties, required, additionalProperties } = node.schema;
  const own = properties === undefined ? {} : properties;
  if (own === null || typeof own !== 'object' || Array.isArray(own)) throw unsupported('"properties" value', node.at);
  for (const [name, sub] of Object.entries(own)) {
    flat.properties.set(name, [...(flat.properties.get(name) ?? []), child(node, sub, 'properties', name)]);
  }
  if (required !== undefined) {
    if (!Array.isArray(required)) throw unsupported('non-array "required"', node.at);
    for (const name of required) flat.required.add(String(name));
  }
  if (additionalProperties === false) {
    const names = Object.keys(own);
    flat.closedTo = new Set(flat.closedTo ? names.filter((n) => flat.closedTo?.has(n)) : names);
  } else if (additionalProperties !== undefined && additionalProperties !== true) {
    const empty = typeof additionalProperties === 'object' && Object.keys(additionalProperties ?? {}).length === 0;
    if (!empty) throw unsupported('"additionalProperties" with a schema', `${node.at}/additionalProperties`);
  }
}

/** Adds the value keywords of one node (not its combinators) to an alternative. */
export function mergeKeywords(flat: FlatSchema, node: Located): void {
  const { schema } = node;
  if (schema.type !== undefined) flat.types = intersectTypes(flat.types, typesOf(node));
  mergeValues(flat, node);
  mergeBounds(flat, node);
  mergeStrings(flat, node);
  mergeObject(flat, node);
  if (schema.items !== undefined) {
    if (Array.isArray(schema.items)) throw unsupported('array form of "items"', node.at);
    flat.items = [...(flat.items ?? []), child(node, schema.items, 'items')];
  }
  if (schema.default !== undefined && flat.default === undefined) flat.default = schema.default;
}
