import { schemaId } from '../ids';
import type { ContractVersion } from '../versions';
import { contractFor } from '../contract';
import { auditDefinitions } from './audit';
import { createDefinitions } from './create';
import { enumDefinitions } from './enums';
import { errorDefinitions } from './errors';
import { gaDefinitions } from './ga';
import { livenessResultDefinitions } from './livenessResult';
import { withOfficialStatements } from './officialPreview';
import { parameterDefinitions } from './parameters';
import { sessionDefinitions } from './session';
import { v13Definitions } from './v13';
import type { DefinitionSet, JsonSchema } from './types';

export type { DefinitionSet, JsonSchema } from './types';

/** Every definition of a version as a complete JSON Schema document with `$schema` and `$id`. */
export function definitionsFor(version: ContractVersion): DefinitionSet {
  const { design, features } = contractFor(version);
  const raw: DefinitionSet = features.v13Additions
    ? v13Definitions()
    : design === 'ga'
      ? gaDefinitions()
      : withOfficialStatements(version, {
          ...enumDefinitions(),
          ...livenessResultDefinitions(),
          ...auditDefinitions(version),
          ...sessionDefinitions(),
          ...createDefinitions(version),
          ...errorDefinitions(),
          ...parameterDefinitions(),
        });
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
