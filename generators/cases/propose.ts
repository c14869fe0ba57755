import { expand } from '../_internals/expand';
import { exampleOf, exampleOfConjunction } from '../_internals/example';
import type { FlatSchema } from '../_internals/flat';
import { childPointer, getAt, setAt } from '../_internals/jsonPointer';
import type { Located } from '../_internals/located';
import { arrayViolations } from '../keywords/array/items';
import { allowedValues, enumViolations } from '../keywords/enum/enum';
import { nonIntegerViolations, rangeBoundaries, rangeViolations } from '../keywords/numeric/range';
import { allowedProperties, objectViolations } from '../keywords/object/properties';
import { stringBoundaries, stringViolations } from '../keywords/string/string';
import { typeViolations } from '../keywords/type/type';
import type { Proposal } from './types';

/** A proposed change and the valid document it applies to. */
export interface BasedProposal {
  base: unknown;
  proposal: Proposal;
}

/** Which proposals to collect: ways to break each keyword, or valid values on each bound. */
export type ProposalKind = 'invalid' | 'boundary';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function keywordProposals(flat: FlatSchema, pointer: string, current: unknown, kind: ProposalKind): Proposal[] {
  const types = flat.types ?? [];
  const numeric = !flat.values && (types.includes('integer') || types.includes('number'));
  const integer = types.includes('integer') && !types.includes('number');
  const text = !flat.values && types.includes('string');
  if (kind === 'boundary') {
    // Every value of a documented enum is a valid value a server must accept.
    const values = allowedValues(flat);
    return [
      ...(numeric ? rangeBoundaries(flat, pointer, integer) : []),
      ...(text ? stringBoundaries(flat, pointer) : []),
      ...values.map((replacement) => ({ keyword: 'enum', scenario: 'enum-value' as const, pointer, replacement })),
    ];
  }
  const out = [...typeViolations(flat, pointer, current), ...enumViolations(flat, pointer)];
  if (numeric) out.push(...rangeViolations(flat, pointer, integer));
  if (numeric && integer) out.push(...nonIntegerViolations(flat, pointer, current));
  if (text) out.push(...stringViolations(flat, pointer, current));
  if (isObject(current)) out.push(...objectViolations(flat, pointer));
  if (Array.isArray(current) && flat.items) {
    out.push(...arrayViolations(flat, pointer, current[0] ?? exampleOfConjunction(flat.items, flat.at)));
  }
  return out;
}

/**
 * Walks one alternative over a document: proposals for the value at `pointer` (inserting an example
 * value when it is absent, so optional fields are covered too), then for its properties and first item.
 */
export function proposeFlat(
  flat: FlatSchema,
  doc: unknown,
  pointer: string,
  kind: ProposalKind,
  out: BasedProposal[],
): void {
  let base = doc;
  let current = getAt(doc, pointer);
  if (current === undefined) {
    current = exampleOf(flat);
    if (current === undefined) return;
    base = setAt(doc, pointer, current);
  }
  for (const proposal of keywordProposals(flat, pointer, current, kind)) out.push({ base, proposal });
  if (isObject(current)) {
    for (const [name, conj] of allowedProperties(flat)) {
      proposeConjunction(conj, base, childPointer(pointer, name), kind, out);
    }
  }
  if (Array.isArray(current) && flat.items && (flat.maxItems ?? 1) > 0) {
    const withItem = current.length > 0 ? base : setAt(base, pointer, [exampleOfConjunction(flat.items, flat.at)]);
    proposeConjunction(flat.items, withItem, childPointer(pointer, 0), kind, out);
  }
}

/** Walks every alternative of a conjunction at `pointer` (the registry later keeps what really breaks). */
export function proposeConjunction(
  conj: readonly Located[],
  doc: unknown,
  pointer: string,
  kind: ProposalKind,
  out: BasedProposal[],
): void {
  for (const flat of expand(conj)) proposeFlat(flat, doc, pointer, kind, out);
}
