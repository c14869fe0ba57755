import fc from 'fast-check';
import type { Proposal } from '../../cases/types';
import type { FlatSchema } from '../../_internals/flat';
import { typeAllows } from '../../_internals/flat';

/** The allowed values of an `enum`/`const` alternative that also have an allowed type. */
export function allowedValues(flat: FlatSchema): unknown[] {
  return (flat.values ?? []).filter((v) => typeAllows(flat.types, v));
}

/** A value from the enumeration (shrinks towards the first). */
export function enumArbitrary(flat: FlatSchema): fc.Arbitrary<unknown> {
  return fc.constantFrom(...allowedValues(flat));
}

/**
 * `enum`/`const` violations: a value of the same type that is not listed (a prefixed first value for
 * strings, the neighbour for numbers, the negation for booleans).
 */
export function enumViolations(flat: FlatSchema, pointer: string): Proposal[] {
  const values = allowedValues(flat);
  if (values.length === 0) return [];
  const first = values[0];
  const keyword = flat.values?.length === 1 ? 'const' : 'enum';
  const scenario = keyword === 'const' ? 'not-const' : 'not-in-enum';
  const listed = values.map((v) => JSON.stringify(v));
  let candidate: unknown;
  if (typeof first === 'string') candidate = `Invalid${first}`;
  else if (typeof first === 'number') candidate = Math.max(...(values as number[])) + 1;
  else if (typeof first === 'boolean') candidate = !first;
  if (candidate === undefined || listed.includes(JSON.stringify(candidate))) return [];
  return [{ keyword, scenario, pointer, replacement: candidate }];
}
