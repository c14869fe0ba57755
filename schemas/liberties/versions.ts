import type { ContractVersion } from '../versions';
import { API_VERSIONS, GA_VERSIONS, hasCapability } from '../contract';
import { CONTRACT_VERSIONS } from '../versions';

/** Every version. */
export const ALL_VERSIONS: readonly ContractVersion[] = CONTRACT_VERSIONS;
/** The previews (CONTRACT.md §1). */
export const PREVIEWS: readonly ContractVersion[] = API_VERSIONS;
/** The GA design (CONTRACT.md §5). */
export const GA_DESIGN: readonly ContractVersion[] = GA_VERSIONS;
/** The versions with session images: v1.2-preview.1 and the GA design. */
export const SESSION_IMAGES: readonly ContractVersion[] = CONTRACT_VERSIONS.filter((v) =>
  hasCapability(v, 'sessionImages'),
);
/** v1.3-preview.1 and any version based on it: the versions with its documents' fields (its attempt limit). */
export const V13: readonly ContractVersion[] = CONTRACT_VERSIONS.filter((v) => hasCapability(v, 'attemptLimit'));
