import fc from 'fast-check';
import type { Proposal } from '../../cases/types';
import type { FlatSchema } from '../../_internals/flat';
import { childPointer } from '../../_internals/jsonPointer';
import type { Located } from '../../_internals/located';

/** The name an `additional-property` case adds: clearly not a documented field. */
export const UNEXPECTED_PROPERTY = 'unexpectedProperty';

/** The properties an object of this alternative may carry: declared ones, minus those `additionalProperties: false` rules out. */
export function allowedProperties(flat: FlatSchema): [string, Located[]][] {
  return [...flat.properties].filter(([name]) => !flat.closedTo || flat.closedTo.has(name));
}

/**
 * An object with every `required` property and any of the optional declared ones. Undeclared
 * properties are never added: that keeps requests exact and responses plausible.
 */
export function objectArbitrary(
  flat: FlatSchema,
  propertyArbitrary: (name: string, conj: Located[]) => fc.Arbitrary<unknown>,
  fail: (what: string) => Error,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, conj] of allowedProperties(flat)) model[name] = propertyArbitrary(name, conj);
  for (const name of flat.required) {
    if (!(name in model)) throw fail(`required property "${name}" without a schema`);
  }
  return fc.record(model, { requiredKeys: [...flat.required], noNullPrototype: true });
}

/** `required` violations (each required property removed) and, for a closed object, one unknown property added. */
export function objectViolations(flat: FlatSchema, pointer: string): Proposal[] {
  const out: Proposal[] = [];
  for (const property of flat.required) {
    const target = childPointer(pointer, property);
    out.push({ keyword: 'required', scenario: 'missing-required', pointer, target, replacement: undefined, property });
  }
  if (flat.closedTo && !flat.closedTo.has(UNEXPECTED_PROPERTY)) {
    const target = childPointer(pointer, UNEXPECTED_PROPERTY);
    out.push({
      keyword: 'additionalProperties',
      scenario: 'additional-property',
      pointer,
      target,
      replacement: 'x',
      property: UNEXPECTED_PROPERTY,
    });
  }
  return out;
}
