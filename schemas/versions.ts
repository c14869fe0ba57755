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
 * Whether a version has the v1.2-preview.1 additions: session images, `livenessSingleModalModel`,
 * verify-image hashes and `verifyConfidenceThreshold` (CONTRACT.md §1, seed 003).
 */
export function hasSessionImages(version: ApiVersion): boolean {
  return version === 'v1.2-preview.1';
}
