import type { ContractVersion } from '../schemas';
import { API_VERSIONS } from '../schemas';
import type { NotCheckable, Rule, RuleKind } from './types';

/** Both preview versions: the seeds' contract (CONTRACT.md §1). */
export const PREVIEWS: readonly ContractVersion[] = API_VERSIONS;

/** What a hand-written rule's coverage is: checks, or one of the other three. */
export type Cover = string[] | { notCheckable: NotCheckable } | { conflict: string } | { gap: string };

/** A hand-written rule by named fields; `cover` an array is the enforcing checks. */
export interface RuleFields {
  id: string;
  kind: RuleKind;
  statement: string;
  source: { doc: string; where: string; words: string; gloss?: string };
  versions: readonly ContractVersion[];
  cover: Cover;
}

/** A hand-written rule: the inventory's `Rule` with its coverage spread from `cover`. */
export function rule({ cover, ...fields }: RuleFields): Rule {
  return { ...fields, ...(Array.isArray(cover) ? { checks: cover } : cover) };
}

/** Not checkable by a black-box run: why, and what would make it checkable. */
export const notCheckable = (reason: string, wouldMakeCheckable: string): Cover => ({
  notCheckable: { reason, wouldMakeCheckable },
});

/** The Azure AD scheme: the default run uses the key. */
export const AAD_NOT_CHECKED = notCheckable(
  'the default run authenticates with the resource key; an Azure AD token needs a tenant',
  'a run with FACE_AAD_TOKEN set (every call then proves the scheme is accepted)',
);
