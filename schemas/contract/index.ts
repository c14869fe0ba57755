import { registeredVersions } from '../registration';
import type { ContractVersion } from '../versions';
import { CONTRACT_VERSIONS, isContractVersion } from '../versions';
import { resolveEntry } from './resolve';
import { CONTRACT_TABLE } from './table';
import type { Capability, Design, OperationDraft, Role, SessionFamily, VersionEntry } from './types';
import { SESSION_FAMILIES } from './types';
import type { FamilyOperations, OperationSpec, VersionContract } from './versioned';

export * from './types';
export * from './versioned';
export { CONTRACT_TABLE } from './table';
export { resolveEntry } from './resolve';
export type { ResolvedEntry } from './resolve';

/** The contract table with the versions a test registers (`registration.ts`; none in a product run). */
const TABLE: Readonly<Record<string, VersionEntry>> = {
  ...CONTRACT_TABLE,
  ...Object.fromEntries(registeredVersions().map((r) => [r.version, r.contract])),
};

/** One operation object per id, with every version that lists it (an id names one operation everywhere). */
function shareOperations(): Map<string, OperationSpec> {
  const byId = new Map<string, { draft: OperationDraft; versions: ContractVersion[] }>();
  for (const version of CONTRACT_VERSIONS) {
    for (const draft of resolveEntry(TABLE, version).operations) {
      const seen = byId.get(draft.id);
      if (seen && seen.draft !== draft)
        throw new Error(`contract table: two operations are called "${draft.id}"; give the changed one its own id`);
      if (seen) seen.versions.push(version);
      else byId.set(draft.id, { draft, versions: [version] });
    }
  }
  const params = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return new Map(
    [...byId].map(([id, { draft, versions }]) => [
      id,
      { ...draft, pathParams: draft.pathParams ?? params(draft.path), versions },
    ]),
  );
}

const SHARED = shareOperations();

function build(version: ContractVersion): VersionContract {
  const entry = resolveEntry(TABLE, version);
  const operations = entry.operations.map((draft) => SHARED.get(draft.id) as OperationSpec);
  const families = Object.fromEntries(SESSION_FAMILIES.map((f) => [f, {}])) as Record<SessionFamily, FamilyOperations>;
  const settings: Partial<Record<Role, OperationSpec>> = {};
  for (const op of operations) {
    if (op.family === 'settings') settings[op.role] = op;
    if (op.family === 'sessionImage' || op.family === 'settings') continue;
    if (families[op.family][op.role]) throw new Error(`contract table: ${version} has two ${op.family} ${op.role}s`);
    families[op.family][op.role] = op;
  }
  return {
    version,
    design: entry.design,
    basedOn: entry.basedOn as ContractVersion | undefined,
    capabilities: entry.capabilities,
    operations,
    families,
    sessionImage: operations.find((op) => op.role === 'sessionImage'),
    settings,
  };
}

const CONTRACTS = new Map(CONTRACT_VERSIONS.map((v) => [v, build(v)]));

/** A version's whole contract: design, capabilities, operations, and each family's operations by role. */
export function contractFor(version: ContractVersion): VersionContract {
  const contract = CONTRACTS.get(version);
  if (!contract)
    throw new Error(`no contract for version "${String(version)}"; known: ${CONTRACT_VERSIONS.join(', ')}`);
  return contract;
}

/** Every operation of every version, each once (previews, then v1.2 GA), in table order. */
export const OPERATIONS: readonly OperationSpec[] = [...SHARED.values()];

/** The operations a version documents, in table order. */
export function operationsFor(version: ContractVersion): readonly OperationSpec[] {
  return contractFor(version).operations;
}

/** Looks an operation up by id; throws naming the known ids. */
export function operation(id: string): OperationSpec {
  const op = SHARED.get(id);
  if (!op) throw new Error(`unknown operation "${id}"; known: ${OPERATIONS.map((o) => o.id).join(', ')}`);
  return op;
}

/** A family's operation of a role in a version; throws naming the version when it has none. */
export function familyOperation(version: ContractVersion, family: SessionFamily, role: Role): OperationSpec {
  const op = contractFor(version).families[family][role];
  if (!op) throw new Error(`${version} has no ${role} operation for ${family} sessions`);
  return op;
}

/**
 * The definition a family's create body must satisfy in a version (its JSON body, or the fields of its
 * multipart body), read from the contract table; throws when the version's create names none.
 */
export function createDefinitionFor(version: ContractVersion, family: SessionFamily): string {
  const definition = familyOperation(version, family, 'create').body?.definition;
  if (!definition) throw new Error(`${version}'s ${family} create names no body definition in the contract table`);
  return definition;
}

/**
 * The operation ids of the given roles for both families of a version, e.g. "the get of liveness"
 * (`ids.liveness.get`). Throws when the version lacks one of the roles.
 */
export function familyOperationIds<R extends Role>(
  version: ContractVersion,
  roles: readonly R[],
): Record<SessionFamily, Record<R, string>> {
  const ids = (family: SessionFamily) =>
    Object.fromEntries(roles.map((role) => [role, familyOperation(version, family, role).id])) as Record<R, string>;
  return { liveness: ids('liveness'), livenessWithVerify: ids('livenessWithVerify') };
}

/**
 * The design a version speaks, which is also the scope of the checks that apply to it. A string that
 * names no version this project carries counts as `preview` (a report of a run that never started).
 */
export function designOf(version: string): Design {
  return isContractVersion(version) ? contractFor(version).design : 'preview';
}

/**
 * Whether a version has a capability (its table entry's, or its base's). A string that names no version
 * this project carries has none.
 */
export function hasCapability(version: string, capability: Capability): boolean {
  return isContractVersion(version) && contractFor(version).capabilities.includes(capability);
}

/** Whether a version has every capability of a list (an empty list: every version). */
export function hasCapabilities(version: string, capabilities: readonly Capability[] = []): boolean {
  return capabilities.every((c) => hasCapability(version, c));
}

/** The versions of a design, in table order (a test's registered versions after the supported ones). */
export function versionsOfDesign(design: Design): readonly ContractVersion[] {
  return CONTRACT_VERSIONS.filter((v) => contractFor(v).design === design);
}

/** The versions of the preview design (CONTRACT.md §1), which code and tests iterate as "the preview contract". */
export const API_VERSIONS: readonly ContractVersion[] = versionsOfDesign('preview');

/** The versions of the GA design: the v1.2 redesign with other paths and shapes (CONTRACT.md §5), and those based on it. */
export const GA_VERSIONS: readonly ContractVersion[] = versionsOfDesign('ga');

/** Whether a version speaks the GA design (CONTRACT.md §5) rather than the previews' of §1. */
export function isGaVersion(value: string): value is ContractVersion {
  return designOf(value) === 'ga' && isContractVersion(value);
}
