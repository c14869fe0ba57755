import { schemaId } from '../ids';
import type { ContractVersion } from '../versions';
import { contractFor } from '../contract';
import { registeredVersions } from '../registration';
import type { DefinitionsEntry } from './table';
import { DEFINITIONS_TABLE } from './table';
import type { DefinitionSet, JsonSchema } from './types';

export type { DefinitionSet, JsonSchema } from './types';
export { DEFINITIONS_TABLE } from './table';
export type { DefinitionsEntry } from './table';

/** The definitions table with the deltas of the versions a test registers (`registration.ts`; none in a product run). */
const TABLE: Readonly<Record<string, DefinitionsEntry>> = {
  ...DEFINITIONS_TABLE,
  ...Object.fromEntries(registeredVersions().map((r) => [r.version, { delta: r.definitions }])),
};

/**
 * The definitions of `version` built for `target`: a whole entry's set, or a delta applied to the
 * definitions of the version the contract table bases it on. Throws when the two tables disagree on it.
 */
function folded(version: ContractVersion, target: ContractVersion): DefinitionSet {
  const entry = TABLE[version] as DefinitionsEntry | undefined;
  if (!entry) throw new Error(`definitions: no entry for ${version} in schemas/definitions/table.ts`);
  const { basedOn } = contractFor(version);
  if ('whole' in entry) {
    if (basedOn) throw new Error(`definitions: ${version} is based on ${basedOn}; state a delta, not a whole set`);
    return entry.whole(target);
  }
  if (!basedOn) throw new Error(`definitions: ${version} is stated whole in the contract table; a delta needs a base`);
  return entry.delta(folded(basedOn, target), target);
}

/** Every definition of a version as a complete JSON Schema document with `$schema` and `$id`. */
export function definitionsFor(version: ContractVersion): DefinitionSet {
  const raw = folded(version, version);
  const out: DefinitionSet = {};
  for (const [name, schema] of Object.entries(raw)) {
    out[name] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: schemaId(version, name),
      title: name,
      ...schema,
    } satisfies JsonSchema;
  }
  return out;
}
