import type { ContractVersion } from '../versions';
import type { Capability, Design, OperationDraft, Role, SessionFamily } from './types';

/** One documented operation, as data: everything else (OpenAPI, generators, checks) reads this. */
export interface OperationSpec extends OperationDraft {
  /** The versions whose contract lists it (filled from the contract table, never written by hand). */
  versions: readonly ContractVersion[];
  pathParams: string[];
}

/** The operations of one session family in one version, by role (a role the version lacks is absent). */
export type FamilyOperations = Partial<Record<Role, OperationSpec>>;

/** One version's whole contract: its design, capabilities and operations, indexed by family and role. */
export interface VersionContract {
  version: ContractVersion;
  design: Design;
  /** The version this one is stated as a difference from, if any. */
  basedOn?: ContractVersion;
  /** What it can do, its base's included, in `CAPABILITIES` order. */
  capabilities: readonly Capability[];
  /** Every operation, in the table's order (families, then session images; device calls with their family). */
  operations: readonly OperationSpec[];
  /** Each session family's operations by role. */
  families: Record<SessionFamily, FamilyOperations>;
  /** Get Session Image, when the version has session images. */
  sessionImage?: OperationSpec;
  /** The settings operations by role (v1.3-preview.1: getSettings, patchSettings, clientAssetsToken). */
  settings: Partial<Record<Role, OperationSpec>>;
}
