/**
 * The rule inventory: every rule the documents state, per supported version, traced to the named checks
 * that enforce it (or why it cannot be checked, or the conflict it belongs to, or the gap). Public entry
 * point of `rules/`; `rules/` imports only `schemas/` (check names are strings, verified by tests/rules).
 */
import type { ContractVersion } from '../schemas';
import { CONTRACT_VERSIONS, registeredVersions } from '../schemas';
import { contractRules } from './contract';
import { referenceRules } from './reference';
import { seedRules } from './seeds';
import type { Coverage, Rule } from './types';
import { coverageOf } from './types';
import { v12Rules } from './v12';
import { v12PreviewRules } from './v12preview';
import { v13Rules } from './v13';

export * from './types';
export { SOURCES, sourceDocument, sourceText, currentFingerprint } from './sources';
export type { SourceDocument } from './sources';

let cached: readonly Rule[] | undefined;

/** Every rule of every source document, in document order. */
export function allRules(): readonly Rule[] {
  cached ??= [
    ...seedRules(),
    ...contractRules(),
    ...v12PreviewRules(),
    ...v12Rules(),
    ...v13Rules(),
    ...referenceRules(),
    // A test's registered versions bring their rules (schemas/registration.ts; none in a product run).
    ...registeredVersions().flatMap((r) => (r.rules?.() ?? []) as Rule[]),
  ];
  return cached;
}

/** The rules that apply to one version. */
export function rulesFor(version: ContractVersion): Rule[] {
  return allRules().filter((r) => r.versions.includes(version));
}

/** The rules a named check enforces (optionally for one version). */
export function rulesEnforcedBy(check: string, version?: ContractVersion): Rule[] {
  return allRules().filter((r) => r.checks?.includes(check) && (!version || r.versions.includes(version)));
}

/** One version's counts: rules, and each coverage. */
export interface InventoryCounts {
  version: ContractVersion;
  rules: number;
  checked: number;
  notCheckable: number;
  conflict: number;
  gap: number;
}

/** Counts per supported version. */
export function inventoryCounts(): InventoryCounts[] {
  return CONTRACT_VERSIONS.map((version) => {
    const rules = rulesFor(version);
    const count = (c: Coverage) => rules.filter((r) => coverageOf(r) === c).length;
    return {
      version,
      rules: rules.length,
      checked: count('checked'),
      notCheckable: count('notCheckable'),
      conflict: count('conflict'),
      gap: count('gap'),
    };
  });
}
