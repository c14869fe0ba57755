import type { ContractVersion } from '../versions';
import { GA_OPERATIONS } from './ga';
import { PREVIEW_OPERATIONS, PREVIEW_SESSION_IMAGE } from './preview';
import type { VersionEntry } from './types';

/**
 * The contract table: every version this project carries, keyed by version, stated whole or as an
 * earlier version plus its differences (CONTRACT.md §1 "adds ... Nothing is removed"; §5 the
 * redesign). Everything that differs between versions is here or in the definitions it names; the
 * mock, generators, checks, traffic checker and diff read it through `contractFor(version)`.
 * A new version is one entry (see ARCHITECTURE.md "Where a new version goes").
 */
export const CONTRACT_TABLE: Readonly<Record<ContractVersion, VersionEntry>> = {
  'v1.1-preview.1': { design: 'preview', features: { sessionImages: false }, operations: PREVIEW_OPERATIONS },
  'v1.2-preview.1': { basedOn: 'v1.1-preview.1', features: { sessionImages: true }, add: [PREVIEW_SESSION_IMAGE] },
  'v1.2': { design: 'ga', features: { sessionImages: true }, operations: GA_OPERATIONS },
};
