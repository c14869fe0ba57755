import fc from 'fast-check';
import type { Proposal } from '../../cases/types';
import type { FlatSchema } from '../../_internals/flat';

/** Default span for a bound the schema leaves open: wide, but far from precision trouble. */
const OPEN = 1e9;

/** An integer within `minimum`..`maximum` (fast-check biases towards the bounds and shrinks towards 0/the minimum). */
export function integerArbitrary(flat: FlatSchema): fc.Arbitrary<number> {
  const min = Math.ceil(flat.minimum ?? -OPEN);
  const max = Math.floor(flat.maximum ?? OPEN);
  return fc.integer({ min, max });
}

/** A finite double within `minimum`..`maximum`, never NaN or ±Infinity (not JSON), never -0. */
export function numberArbitrary(flat: FlatSchema): fc.Arbitrary<number> {
  const min = flat.minimum ?? -OPEN;
  const max = flat.maximum ?? OPEN;
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
}

/** A deterministic in-range number: the default if in range, else 0 clamped into the range (integral if needed). */
export function exampleNumber(flat: FlatSchema, integer: boolean): number {
  const min = flat.minimum ?? -Infinity;
  const max = flat.maximum ?? Infinity;
  const d = flat.default;
  if (typeof d === 'number' && d >= min && d <= max && (!integer || Number.isInteger(d))) return d;
  const clamped = Math.min(Math.max(0, integer ? Math.ceil(min) : min), integer ? Math.floor(max) : max);
  return clamped;
}

/**
 * `minimum`/`maximum` violations: one step outside each bound (±1; for a fractional range also
 * ±0.001, the nearest a client is likely to send).
 */
export function rangeViolations(flat: FlatSchema, pointer: string, integer: boolean): Proposal[] {
  const out: Proposal[] = [];
  const steps = integer ? [1] : [1, 0.001];
  for (const step of steps) {
    if (flat.minimum !== undefined) {
      const replacement = integer ? Math.ceil(flat.minimum) - step : flat.minimum - step;
      out.push({ keyword: 'minimum', scenario: 'below-minimum', pointer, replacement });
    }
    if (flat.maximum !== undefined) {
      const replacement = integer ? Math.floor(flat.maximum) + step : flat.maximum + step;
      out.push({ keyword: 'maximum', scenario: 'above-maximum', pointer, replacement });
    }
  }
  return out;
}

/** The bounds themselves, as valid values. */
export function rangeBoundaries(flat: FlatSchema, pointer: string, integer: boolean): Proposal[] {
  const out: Proposal[] = [];
  if (flat.minimum !== undefined) {
    const replacement = integer ? Math.ceil(flat.minimum) : flat.minimum;
    out.push({ keyword: 'minimum', scenario: 'at-minimum', pointer, replacement });
  }
  if (flat.maximum !== undefined) {
    const replacement = integer ? Math.floor(flat.maximum) : flat.maximum;
    out.push({ keyword: 'maximum', scenario: 'at-maximum', pointer, replacement });
  }
  return out;
}

/**
 * An in-range value that is not an integer (TTL 600.5, top 999.5, attempts 1.5), for an integer field: a
 * server that truncates or rounds it accepts what the documents refuse, which a value out of range too
 * (the `type` samples' 1.5 under a TTL minimum of 60) cannot show.
 */
export function nonIntegerViolations(flat: FlatSchema, pointer: string, current: unknown): Proposal[] {
  const min = flat.minimum ?? -Infinity;
  const max = flat.maximum ?? Infinity;
  const from = typeof current === 'number' && Number.isInteger(current) ? current : exampleNumber(flat, true);
  const replacement = [from + 0.5, from - 0.5].find((n) => n >= min && n <= max);
  return replacement === undefined ? [] : [{ keyword: 'type', scenario: 'non-integer', pointer, replacement }];
}
