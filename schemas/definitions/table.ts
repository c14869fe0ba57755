import type { ContractVersion } from '../versions';
import { auditDefinitions } from './audit';
import { createDefinitions } from './create';
import { enumDefinitions } from './enums';
import { errorDefinitions } from './errors';
import { gaDefinitions } from './ga';
import { livenessResultDefinitions } from './livenessResult';
import { withOfficialStatements } from './officialPreview';
import { parameterDefinitions } from './parameters';
import { sessionDefinitions } from './session';
import type { DefinitionSet } from './types';
import { v13Definitions } from './v13';

/**
 * How a version's definitions are stated: whole (built for the version asked for, so a builder may read
 * its capabilities), or as a delta on the definitions of the version its contract entry is `basedOn`.
 */
export type DefinitionsEntry =
  | { whole: (version: ContractVersion) => DefinitionSet }
  | { delta: (base: DefinitionSet, version: ContractVersion) => DefinitionSet };

/** The preview design's definitions (CONTRACT.md §1-§4), with what the version's capabilities add. */
function previewDefinitions(version: ContractVersion): DefinitionSet {
  return {
    ...enumDefinitions(),
    ...livenessResultDefinitions(),
    ...auditDefinitions(version),
    ...sessionDefinitions(),
    ...createDefinitions(version),
    ...errorDefinitions(),
    ...parameterDefinitions(),
  };
}

/**
 * The definitions table, one entry per version, folded along the contract table's `basedOn` as the
 * operations are: a version stated as a difference has a delta here, a version stated whole a whole set.
 */
export const DEFINITIONS_TABLE: Readonly<Record<ContractVersion, DefinitionsEntry>> = {
  'v1.1-preview.1': { whole: previewDefinitions },
  // The official v1.2-preview.1 definitions state required members and int32 ranges (officialPreview.ts).
  'v1.2-preview.1': { delta: (base) => withOfficialStatements(base) },
  'v1.2': { whole: () => gaDefinitions() },
  'v1.3-preview.1': { delta: (base) => v13Definitions(base) },
};
