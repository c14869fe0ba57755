import fc from 'fast-check';
import type { Proposal } from '../../cases/types';
import type { FlatSchema } from '../../_internals/flat';

/** Longest array generated when `maxItems` is open. */
const OPEN_ITEMS = 5;

/** An array of `items` values, `minItems`..`maxItems` long. */
export function arrayArbitrary(flat: FlatSchema, item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const minLength = flat.minItems ?? 0;
  return fc.array(item, { minLength, maxLength: Math.max(minLength, flat.maxItems ?? minLength + OPEN_ITEMS) });
}

/** `minItems`/`maxItems` violations: one item fewer or more than allowed (items copied from `example`). */
export function arrayViolations(flat: FlatSchema, pointer: string, example: unknown): Proposal[] {
  const out: Proposal[] = [];
  const fill = (n: number): unknown[] => Array.from({ length: n }, () => example);
  if (flat.minItems !== undefined && flat.minItems > 0) {
    out.push({ keyword: 'minItems', scenario: 'too-few-items', pointer, replacement: fill(flat.minItems - 1) });
  }
  if (flat.maxItems !== undefined) {
    out.push({ keyword: 'maxItems', scenario: 'too-many-items', pointer, replacement: fill(flat.maxItems + 1) });
  }
  return out;
}
