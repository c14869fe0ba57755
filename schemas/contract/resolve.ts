import type { Capability, Design, OperationDraft, VersionEntry } from './types';
import { CAPABILITIES } from './types';

/** A version's entry with its differences applied: design, capabilities and operation drafts in table order. */
export interface ResolvedEntry {
  design: Design;
  basedOn?: string;
  capabilities: readonly Capability[];
  operations: readonly OperationDraft[];
}

/**
 * Applies a table entry's differences to the version it is based on (recursively): an operation
 * `replace`d keeps its place, `add`ed ones go at the end; the capabilities are the base's, plus those
 * it adds, minus those it drops; the design is the base's unless stated. Throws on a cycle or a difference naming no operation.
 */
export function resolveEntry(
  table: Readonly<Record<string, VersionEntry>>,
  version: string,
  seen: readonly string[] = [],
): ResolvedEntry {
  if (seen.includes(version)) throw new Error(`contract table: ${[...seen, version].join(' → ')} is a cycle`);
  const entry = table[version] as VersionEntry | undefined;
  if (!entry)
    throw new Error(`contract table: no version "${version}"${seen.length ? ` (${seen.at(-1)} is based on it)` : ''}`);
  if (!('basedOn' in entry)) return { ...entry, capabilities: ordered(entry.capabilities) };
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
    capabilities: ordered(
      [...base.capabilities, ...(entry.capabilities ?? [])].filter((c) => !entry.withoutCapabilities?.includes(c)),
    ),
    operations,
  };
}

/** Capabilities once each, in `CAPABILITIES` order (so equal sets compare equal). */
function ordered(capabilities: readonly Capability[]): Capability[] {
  return CAPABILITIES.filter((c) => capabilities.includes(c));
}
