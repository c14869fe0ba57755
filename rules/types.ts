import type { ContractVersion } from '../schemas';

/** What kind of statement a rule is; reports and `npm run rules` group by it. */
export type RuleKind =
  | 'required'
  | 'type'
  | 'enum'
  | 'range'
  | 'length'
  | 'default'
  | 'format'
  | 'status'
  | 'error'
  | 'security'
  | 'behaviour';

/** Where a rule's words are: a document copied into `rules/sources/`, and the place in it. */
export interface RuleSource {
  /** Id of the document in `SOURCES` (rules/sources.ts), e.g. `seed002`, `v1.2.swagger`. */
  doc: string;
  /** A section, table row, or a JSON pointer (for the OpenAPI excerpts). */
  where: string;
  /** The words, quoted in the document's language (for JSON: the value at `where`, as JSON). */
  words: string;
  /** An English gloss of non-English words. */
  gloss?: string;
}

/** Why a black-box run cannot check a rule, and what would make it checkable. */
export interface NotCheckable {
  reason: string;
  wouldMakeCheckable: string;
}

/**
 * One documented rule. Exactly one of `checks`, `notCheckable`, `conflict` or `gap` is set:
 * - `checks`: the named checks (checks/ registry names) that enforce it;
 * - `notCheckable`: a black-box run cannot observe it;
 * - `conflict`: the documents disagree (an id of `DOCUMENT_DISAGREEMENTS` or `DOCUMENTED_CONFLICTS` in
 *   schemas/conflicts.ts); never a failure;
 * - `gap`: checkable, but no check enforces it yet (what is missing).
 */
export interface Rule {
  /** Stable id: `<doc>.<family>.<what>`, e.g. `seed002.list.sortedById`, `v1.2.def.FaceError.required.code`. */
  id: string;
  kind: RuleKind;
  /** The rule in one English sentence. */
  statement: string;
  source: RuleSource;
  versions: readonly ContractVersion[];
  checks?: readonly string[];
  notCheckable?: NotCheckable;
  conflict?: string;
  gap?: string;
}

/** How a rule is covered, from which of its fields is set. */
export type Coverage = 'checked' | 'notCheckable' | 'conflict' | 'gap';

/** The coverage of a rule. */
export function coverageOf(rule: Rule): Coverage {
  if (rule.checks?.length) return 'checked';
  if (rule.notCheckable) return 'notCheckable';
  if (rule.conflict) return 'conflict';
  return 'gap';
}
