import type { JsonSchema } from '../../schemas';
import { registry, schemaId } from '../../schemas';
import { unsupported } from './keywords';

/** A schema node with the base URI its relative `$ref`s resolve against and its pointer, for messages. */
export interface Located {
  schema: JsonSchema;
  baseId: string;
  /** `#/...` inside the root being built, or `<$id>#/...` once a `$ref` was followed. */
  at: string;
}

let index: Map<string, JsonSchema> | undefined;

/** Every registered definition by `$id`, across versions (built once from the shared registry). */
function schemaIndex(): Map<string, JsonSchema> {
  if (!index) {
    const reg = registry();
    index = new Map();
    for (const version of reg.versions) {
      for (const name of reg.definitionNames(version)) index.set(schemaId(version, name), reg.schema(version, name));
    }
  }
  return index;
}

/** A sub-node of a located schema (`properties/x`, `anyOf/0`, ...); a nested `$id` rebases it. */
export function child(parent: Located, schema: unknown, ...path: (string | number)[]): Located {
  const at = `${parent.at}/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  if (schema === true) return { schema: {}, baseId: parent.baseId, at };
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw unsupported(`schema value ${JSON.stringify(schema)}`, at);
  }
  const s = schema as JsonSchema;
  const baseId = typeof s.$id === 'string' ? new URL(s.$id, parent.baseId).href : parent.baseId;
  return { schema: s, baseId, at };
}

/** Locates a root schema; its `$id` (or `baseId`) is the base for its relative references. */
export function locateRoot(schema: JsonSchema, baseId?: string): Located {
  const id = typeof schema.$id === 'string' ? schema.$id : (baseId ?? 'urn:fromSchema:root');
  return { schema, baseId: id, at: '#' };
}

/** Follows a `$ref` against the registry (document `$id`, optionally a `#/json/pointer` fragment). */
export function resolveRef(node: Located): Located {
  const ref = node.schema.$ref;
  if (typeof ref !== 'string') throw unsupported('non-string "$ref"', node.at);
  const target = new URL(ref, node.baseId);
  const fragment = decodeURIComponent(target.hash.replace(/^#/, ''));
  target.hash = '';
  const documentId = target.href;
  let schema: unknown = schemaIndex().get(documentId);
  if (!schema) throw unsupported(`"$ref" to ${JSON.stringify(ref)} (no registered schema ${documentId})`, node.at);
  for (const token of fragment.split('/').slice(1)) {
    schema = (schema as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (schema === undefined) throw unsupported(`"$ref" fragment ${JSON.stringify(ref)}`, node.at);
  }
  return { schema: schema as JsonSchema, baseId: documentId, at: `${documentId}#${fragment}` };
}
