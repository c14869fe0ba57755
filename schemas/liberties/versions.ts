import type { ContractVersion } from '../versions';
import { API_VERSIONS, GA_VERSIONS } from '../contract';
import { CONTRACT_VERSIONS } from '../versions';

/** Every version. */
export const ALL_VERSIONS: readonly ContractVersion[] = CONTRACT_VERSIONS;
/** The previews (CONTRACT.md §1). */
export const PREVIEWS: readonly ContractVersion[] = API_VERSIONS;
/** The GA design (CONTRACT.md §5). */
export const GA_DESIGN: readonly ContractVersion[] = GA_VERSIONS;
/** The versions with session images: v1.2-preview.1 and the GA design. */
export const SESSION_IMAGES: readonly ContractVersion[] = ['v1.2-preview.1', ...GA_VERSIONS];
/** v1.3-preview.1 alone. */
export const V13: readonly ContractVersion[] = ['v1.3-preview.1'];
