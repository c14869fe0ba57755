import type { ContractVersion } from '../versions';

/** What changed between two versions' contracts. */
export type ChangeKind =
  | 'operation-added'
  | 'operation-removed'
  | 'operation-moved'
  | 'operation-merged'
  | 'success-status-changed'
  | 'content-type-changed'
  | 'part-added'
  | 'part-removed'
  | 'part-renamed'
  | 'request-field-added'
  | 'request-field-removed'
  | 'request-field-renamed'
  | 'request-field-now-required'
  | 'response-shape-changed'
  | 'response-field-added'
  | 'response-field-removed'
  | 'response-field-renamed'
  | 'type-changed'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'enum-replaced'
  | 'behaviour-changed';

/** One change, classified for a client of the older version. */
export interface ContractChange {
  kind: ChangeKind;
  /** The operation's name (the newer one's when both exist). */
  operation: string;
  /** `METHOD path` in the older version, the newer, or both (`old → new`). */
  where: string;
  /** The field, part or definition concerned (a dotted path; `[]` for array items), if any. */
  subject?: string;
  before?: string;
  after?: string;
  /** Whether a client written against the older version can break. */
  breaking: boolean;
  /** Why it is (or is not) breaking, in a client's words. */
  reason: string;
}

/** The whole comparison of two versions. */
export interface ContractDiff {
  from: ContractVersion;
  to: ContractVersion;
  counts: { total: number; breaking: number; nonBreaking: number; byKind: Partial<Record<ChangeKind, number>> };
  changes: ContractChange[];
}
