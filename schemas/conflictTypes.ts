import type { Evidence } from './evidence';

/**
 * Where the documents contradict themselves (CONTRACT.md §4). A schema violation whose schema path
 * matches a conflict's is reported as that conflict, never as a failure of the server.
 */
export interface DocumentedConflict {
  id: string;
  title: string;
  /** The seeds involved, and what each says. */
  sources: string[];
  /** The product's decision. */
  decision: string;
  /** Whether servers are still held to the rule (true), or may do either and are never failed (false). */
  enforced: boolean;
  /** The definitions the conflicting rule lives in, and the schema-path prefix of the rule. */
  definitions: string[];
  schemaPathPrefix: string;
  /**
   * Real-service recordings that show what the service does here (files under tests/traffic/recordings,
   * copies of ../shared/recordings). A conflict with evidence is one between the documents and the service.
   */
  evidence?: Evidence[];
}

/**
 * Disagreements between the official sources of the versions after the seeds (reference/README.md "Where
 * these sources disagree"), found by the rule inventory (`rules/`). They are never failures: a server may
 * do either. Unlike `DOCUMENTED_CONFLICTS` they match no schema path; the rule inventory points at them.
 */
export interface DocumentDisagreement {
  id: string;
  title: string;
  sources: string[];
  decision: string;
}
