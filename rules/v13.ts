/**
 * v1.3-preview.1: a version the suite does NOT support yet (a later issue adds its contract). Its structural
 * rules are extracted here so the inventory already lists them, apart from the supported versions' rules
 * and never counted with them: none is checked.
 */
import { extractFacts } from './openapi';
import { sourceText } from './sources';
import type { Rule } from './types';

/** The version whose rules are listed but not supported yet. */
export const PENDING_VERSION = 'v1.3-preview.1';

/** A rule of a version the suite does not support yet: always not checkable, for that reason. */
export type PendingRule = Omit<Rule, 'versions' | 'checks' | 'conflict' | 'gap'> & {
  versions: readonly [typeof PENDING_VERSION];
};

const DOC = 'v1.3-preview.1.swagger';

/** Every rule of the v1.3-preview.1 excerpt, marked "version not yet supported". */
export function pendingRules(): PendingRule[] {
  const doc = JSON.parse(sourceText(DOC)) as Record<string, unknown>;
  // The version only names the rules: nothing of v1.3 is compared with the suite's schemas.
  const facts = extractFacts({ doc: DOC, version: 'v1.2', prefix: PENDING_VERSION }, doc);
  return facts.map((f) => ({
    id: f.id,
    kind: f.kind,
    statement: f.statement,
    source: { doc: DOC, where: f.pointer, words: f.words },
    versions: [PENDING_VERSION] as const,
    notCheckable: {
      reason: 'version not yet supported: the suite has no v1.3-preview.1 contract',
      wouldMakeCheckable: 'the v1.3-preview.1 contract in schemas/ (a later issue)',
    },
  }));
}
