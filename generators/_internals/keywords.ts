import type { JsonSchema } from '../../schemas';

/** Keywords that only annotate: they never constrain a value, so generation ignores them. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'default',
  'contentMediaType',
]);

/** Keywords the generators understand; anything else makes `fromSchema` throw. */
export const SUPPORTED: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
  'not',
  '$ref',
]);

/** The error for a schema construct the generators cannot honour: it names the construct and where it is. */
export function unsupported(what: string, at: string): Error {
  return new Error(`fromSchema: unsupported ${what} at ${at}`);
}

/** Throws on the first keyword of `schema` that is neither supported nor an annotation. */
export function assertSupported(schema: JsonSchema, at: string): void {
  for (const keyword of Object.keys(schema)) {
    if (!SUPPORTED.has(keyword) && !ANNOTATIONS.has(keyword)) throw unsupported(`keyword "${keyword}"`, at);
  }
}
