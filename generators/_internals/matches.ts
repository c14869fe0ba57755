import type { JsonSchema } from '../../schemas';
import { registry } from '../../schemas';
import type { Located } from './located';

/** Every JSON type; `integer` is a subset of `number`. Declaring all of them constrains nothing. */
const ANY_TYPE = ['object', 'array', 'string', 'number', 'boolean', 'null'];
const TYPED_KEYWORDS = ['properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems'];
const STRING_OR_NUMBER = ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum'];

/**
 * A copy the shared Ajv can compile on its own: `$ref`s made absolute, `$id`/`$schema` dropped (the
 * originals are registered already), and an explicit "any type" where a node uses typed keywords
 * without `type` (strict mode refuses that outside its parent; the union changes nothing).
 */
function standalone(schema: unknown, baseId: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => standalone(s, baseId));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as JsonSchema;
  const base = typeof node.$id === 'string' ? new URL(node.$id, baseId).href : baseId;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$schema') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = new URL(value, base).href;
    else if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') out[key] = value;
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, standalone(v, base)]));
    } else out[key] = standalone(value, base);
  }
  const typed = Object.keys(out).some((k) => TYPED_KEYWORDS.includes(k) || STRING_OR_NUMBER.includes(k));
  if (typed && out.type === undefined) out.type = ANY_TYPE;
  return out;
}

const compiled = new WeakMap<JsonSchema, JsonSchema>();

/** Whether `value` satisfies a located schema (an `if`, or a `oneOf` sibling), checked by the shared registry. */
export function matches(node: Located, value: unknown): boolean {
  let schema = compiled.get(node.schema);
  if (!schema) {
    schema = standalone(node.schema, node.baseId) as JsonSchema;
    compiled.set(node.schema, schema);
  }
  return registry().validateWith(schema, value).length === 0;
}
