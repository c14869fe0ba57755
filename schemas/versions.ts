/**
 * The API versions whose contracts this project carries. `apiVersion` is a path segment:
 * `{endpoint}/face/{apiVersion}/...` (CONTRACT.md §1).
 */
export const API_VERSIONS = ['v1.1-preview.1', 'v1.2-preview.1'] as const;

/** One documented API version. */
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The version a run uses when none is configured. */
export const DEFAULT_API_VERSION: ApiVersion = 'v1.1-preview.1';

/** Type guard for a user-supplied version string. */
export function isApiVersion(value: string): value is ApiVersion {
  return (API_VERSIONS as readonly string[]).includes(value);
}

/**
 * The versions of the GA design: a redesign of the family with other paths and shapes (CONTRACT.md §5),
 * v1.2 and v1.3-preview.1 (which keeps it and adds to it, reference/README.md). Kept apart from
 * API_VERSIONS, which code and tests iterate as "the preview contract"; the contract table states each
 * version's design too, and a version listed here must have design `ga` there.
 */
export const GA_VERSIONS = ['v1.2', 'v1.3-preview.1'] as const;

/** One GA version (CONTRACT.md §5). */
export type GaVersion = (typeof GA_VERSIONS)[number];

/** Every version whose contract this project carries: the previews, then the GA redesign. */
export const CONTRACT_VERSIONS = [...API_VERSIONS, ...GA_VERSIONS] as const;

/** Any version whose contract this project carries (preview or GA). */
export type ContractVersion = ApiVersion | GaVersion;

/** Type guard for a user-supplied version string, previews and GA alike. */
export function isContractVersion(value: string): value is ContractVersion {
  return (CONTRACT_VERSIONS as readonly string[]).includes(value);
}

/** Whether a version is a GA redesign (CONTRACT.md §5) rather than a preview of §1. */
export function isGaVersion(value: string): value is GaVersion {
  return (GA_VERSIONS as readonly string[]).includes(value);
}
