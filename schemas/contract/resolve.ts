import type { ContractVersion } from '../versions';
import type { Design, Features, OperationDraft, VersionEntry } from './types';

/** A version's entry with its differences applied: design, features and operation drafts in table order. */
export interface ResolvedEntry {
  design: Design;
  basedOn?: ContractVersion;
  features: Features;
  operations: readonly OperationDraft[];
}

/**
 * Applies a table entry's differences to the version it is based on (recursively): an operation
 * `replace`d keeps its place, `add`ed ones go at the end; features and the
 * design are the base's unless stated. Throws on a cycle or a difference naming no operation.
 */
export function resolveEntry(
  table: Readonly<Record<ContractVersion, VersionEntry>>,
  version: ContractVersion,
  seen: readonly ContractVersion[] = [],
): ResolvedEntry {
  if (seen.includes(version)) throw new Error(`contract table: ${[...seen, version].join(' → ')} is a cycle`);
  const entry = table[version];
  if (!('basedOn' in entry)) return entry;
  const base = resolveEntry(table, entry.basedOn, [...seen, version]);
  const known = new Set(base.operations.map((op) => op.id));
  for (const id of [...(entry.remove ?? []), ...Object.keys(entry.replace ?? {})]) {
    if (!known.has(id)) throw new Error(`contract table: ${version} changes "${id}", which ${entry.basedOn} lacks`);
  }
  const removed = new Set(entry.remove ?? []);
  const replaced = new Map(Object.entries(entry.replace ?? {}));
  const operations = base.operations
    .filter((op) => !removed.has(op.id))
    .map((op) => replaced.get(op.id) ?? op)
    .concat(entry.add ?? []);
  return {
    design: entry.design ?? base.design,
    basedOn: entry.basedOn,
    features: { ...base.features, ...entry.features },
    operations,
  };
}
