import type { OperationSpec } from '../schemas';
import type { CheckContext } from '../checks';
import type { NoteRecord } from './outcome';
import type { Exchange } from '../wire';

/** Property names a definition documents, per version (from its schema's `properties`, following `$ref`s). */
function documented(ctx: CheckContext, definition: string): Map<string, string | undefined> {
  const schema = ctx.registry.schema(ctx.version, definition) as {
    properties?: Record<string, { $ref?: string; anyOf?: { $ref?: string }[] }>;
  };
  const out = new Map<string, string | undefined>();
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const ref = prop.$ref ?? prop.anyOf?.find((s) => s.$ref)?.$ref;
    out.set(name, ref?.replace(/\.json$/, ''));
  }
  return out;
}

function walk(ctx: CheckContext, definition: string, value: unknown, pointer: string, out: string[]): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  if (!ctx.registry.has(ctx.version, definition)) return;
  const known = documented(ctx, definition);
  if (known.size === 0) return;
  for (const [key, v] of Object.entries(value)) {
    if (!known.has(key)) out.push(`${pointer}/${key}`);
    else {
      const child = known.get(key);
      if (child) walk(ctx, child, v, `${pointer}/${key}`, out);
    }
  }
}

/** Fields a response carries that its definition does not document: reported as notes, never failed (CONTRACT.md §4). */
export function undocumentedFields(ctx: CheckContext, op: OperationSpec, exchange: Exchange): NoteRecord[] {
  const status = exchange.response.status;
  const success = op.success.find((s) => s.status === status);
  const definition = status >= 400 ? 'FaceErrorResponse' : success?.definition;
  const body = exchange.response.json;
  if (!definition || body === undefined) return [];
  const found: string[] = [];
  const items = success?.array && Array.isArray(body) ? body.slice(0, 5) : [body];
  for (const item of items) walk(ctx, definition, item, '', found);
  return [...new Set(found.map((p) => p.replace(/^\/\d+/, '')))].map((p) => ({
    kind: 'undocumented' as const,
    operation: op.id,
    id: `${definition}${p}`,
    message: `undocumented field ${p} in ${definition} (allowed: later versions add fields)`,
  }));
}
