import { createRequire } from 'node:module';
import { delimiter, isAbsolute } from 'node:path';
import type { VersionEntry } from './contract/types';
import type { DefinitionSet } from './definitions/types';

/**
 * The variable naming modules (absolute paths, separated by the platform's path delimiter) that register
 * versions beyond the contract table. For the project's own tests only (`tests/versions/`: a synthetic
 * version proves that a version is data); never set in a product run. A run's child processes inherit it,
 * so the CLI, the embedded mock and every Playwright worker see the same versions.
 */
export const REGISTER_VERSIONS_ENV = 'FACE_REGISTER_VERSIONS';

/**
 * A version stated outside the tables, whole: what its contract-table entry, its definitions delta and
 * its rules module would state (ARCHITECTURE.md "Where a new version goes"). A registering module
 * exports it as `registeredVersion`.
 */
export interface RegisteredVersion {
  /** Its name (a path segment, like the table's keys); it must be new. */
  version: string;
  /** Its contract-table entry: `basedOn` a version plus its differences. */
  contract: Extract<VersionEntry, { basedOn: string }>;
  /** Its definitions, as a delta on its base's (a `delta` of the definitions table). */
  definitions: (base: DefinitionSet, version: string) => DefinitionSet;
  /** Its rules (`Rule`s of `rules/types.ts`, read by `rules/`), each naming it in `versions`. */
  rules?: () => readonly object[];
}

let loaded: readonly RegisteredVersion[] | undefined;

/** The versions registered through `REGISTER_VERSIONS_ENV` (none when it is unset), loaded once. */
export function registeredVersions(): readonly RegisteredVersion[] {
  loaded ??= (process.env[REGISTER_VERSIONS_ENV] ?? '')
    .split(delimiter)
    .filter((path) => path !== '')
    .map((path) => {
      if (!isAbsolute(path)) throw new Error(`${REGISTER_VERSIONS_ENV}: "${path}" is not an absolute path`);
      const registered = (createRequire(__filename)(path) as { registeredVersion?: RegisteredVersion })
        .registeredVersion;
      if (!registered) throw new Error(`${REGISTER_VERSIONS_ENV}: ${path} exports no registeredVersion`);
      return registered;
    });
  return loaded;
}
