/**
 * Which checks enforce a structural rule extracted from an OpenAPI excerpt. A rule counts as checked only
 * when the suite's own schema states the same constraint at the same place (then the schema-driven checks
 * enforce it); otherwise it is a gap, unless a hand-written override says more.
 */
import type { Fact } from './openapi';
import { projectStates } from './projectSchema';
import type { Rule } from './types';
import type { ContractVersion } from '../schemas';

/** How an excerpt's definitions map onto the suite's schemas: `Definition[/properties/x]`, or null (none). */
export type NameMap = Record<string, string | null>;

/** Request-side definitions: their rules are enforced by rejection (and acceptance on the valid side). */
const REQUEST_SIDE = /^Create.*(Content|formData)$/;

/** What the hand-written override of one fact sets. */
export type Override = Pick<Rule, 'checks' | 'notCheckable' | 'conflict' | 'gap'>;

const STATUS_CHECKS: Record<string, string[]> = {
  default: ['responseSchemaConformance', 'contentTypeConformance'],
};

/** The coverage of a fact: an override, else the schema-driven check when the suite's schema states it. */
function coverage(fact: Fact, version: ContractVersion, names: NameMap, overrides: Record<string, Override>): Override {
  const override = overrides[fact.id];
  if (override) return override;
  if (fact.operation?.what === 'status') {
    return { checks: STATUS_CHECKS[fact.operation.status ?? ''] ?? ['statusCodeConformance'] };
  }
  if (fact.operation?.what === 'errorHeader') return { checks: ['errorCodeHeaderMatchesBody'] };
  if (fact.operation?.what === 'security') return { gap: 'no check for this security scheme' };
  const location = names[fact.definition];
  if (location === undefined) return { gap: `no mapping of ${fact.definition} onto the suite's schemas` };
  if (location === null) return { gap: `the suite's ${version} schemas have no ${fact.definition}` };
  if (!fact.constraint) return { gap: 'nothing to compare' };
  const at =
    fact.property && fact.constraint.keyword !== 'required' ? `${location}/properties/${fact.property}` : location;
  if (!projectStates(version, at, fact.constraint)) {
    // Response members: the suite requires only what an operation cannot do without (CONTRACT.md §4).
    const why =
      fact.constraint.keyword === 'required' && !REQUEST_SIDE.test(fact.definition)
        ? ' (CONTRACT.md §4 requires only what an operation cannot do without)'
        : '';
    return { gap: `the suite's ${version} schema does not state it at ${at}${why}` };
  }
  if (fact.constraint.keyword === 'default') return { gap: 'no check compares an omitted field with its default' };
  return { checks: [REQUEST_SIDE.test(fact.definition) ? 'negativeDataRejection' : 'responseSchemaConformance'] };
}

/** Whether a fact has a valid side a server could wrongly refuse: a request bound or enum. */
function hasValidSide(fact: Fact): boolean {
  return (
    REQUEST_SIDE.test(fact.definition) &&
    ['minimum', 'maximum', 'maxLength', 'minLength', 'enum'].includes(fact.constraint?.keyword ?? '')
  );
}

/** The rules of an excerpt's facts, with the valid side of each request bound and enum as its own rule. */
export function factsToRules(
  facts: Fact[],
  doc: string,
  version: ContractVersion,
  names: NameMap,
  overrides: Record<string, Override>,
  validSide: Override,
): Rule[] {
  const rules: Rule[] = [];
  for (const fact of facts) {
    const source = { doc, where: fact.pointer, words: fact.words };
    rules.push({
      id: fact.id,
      kind: fact.kind,
      statement: fact.statement,
      source,
      versions: [version],
      ...coverage(fact, version, names, overrides),
    });
    if (hasValidSide(fact)) {
      const id = `${fact.id}.accepted`;
      rules.push({
        id,
        kind: fact.kind,
        statement: `${fact.statement}: a value ${fact.constraint?.keyword === 'enum' ? 'of the list' : 'exactly on the bound'} is accepted`,
        source,
        versions: [version],
        ...(overrides[id] ?? validSide),
      });
    }
  }
  return rules;
}
