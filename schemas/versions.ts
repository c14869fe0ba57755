import { CONTRACT_TABLE } from './contract/table';
import { registeredVersions } from './registration';

/**
 * Any version whose contract this project carries: a key of the contract table (`schemas/contract/table.ts`).
 * `apiVersion` is a path segment: `{endpoint}/face/{apiVersion}/...` (CONTRACT.md §1).
 */
export type ContractVersion = keyof typeof CONTRACT_TABLE;

/** The versions the product supports: the contract table's, in its order. */
export const SUPPORTED_VERSIONS = Object.keys(CONTRACT_TABLE) as readonly ContractVersion[];

/**
 * Every version a run may name: the supported ones, then any a test registers (`registration.ts`; none in
 * a product run).
 */
export const CONTRACT_VERSIONS: readonly ContractVersion[] = [
  ...SUPPORTED_VERSIONS,
  ...registeredVersions().map((r) => {
    if (r.version in CONTRACT_TABLE)
      throw new Error(`registered version ${r.version} is in the contract table already`);
    return r.version as ContractVersion;
  }),
];

/** The version a run uses when none is configured. */
export const DEFAULT_API_VERSION: ContractVersion = 'v1.1-preview.1';

/** Type guard for a user-supplied version string. */
export function isContractVersion(value: string): value is ContractVersion {
  return (CONTRACT_VERSIONS as readonly string[]).includes(value);
}
