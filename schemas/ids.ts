import type { ContractVersion } from './versions';

/** Base of every schema `$id`; schemas of one version live under one folder-like prefix. */
export const SCHEMA_BASE = 'https://face-liveness-conformance.local/schemas';

/** The `$id` of a definition in a version, e.g. `.../v1.1-preview.1/LivenessSession.json`. */
export function schemaId(version: ContractVersion | string, definition: string): string {
  return `${SCHEMA_BASE}/${version}/${definition}.json`;
}

/** A `$ref` to a sibling definition of the same version (resolved against the referring `$id`). */
export function ref(definition: string): { $ref: string } {
  return { $ref: `${definition}.json` };
}
