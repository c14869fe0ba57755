import type { Proposal } from '../../cases/types';
import type { FlatSchema, JsonType } from '../../_internals/flat';
import { typeAllows } from '../../_internals/flat';

/** One sample per JSON type, as a wrong-type replacement; `null` is its own scenario (`null-value`). */
const SAMPLES: [JsonType, unknown][] = [
  ['string', 'not-a-number'],
  ['number', 1.5],
  ['integer', 7],
  ['boolean', true],
  ['object', {}],
  ['array', []],
];

/**
 * `type` violations: one value of each type the schema does not allow, and `null` when null is not
 * allowed; for a number, also the same number as a string.
 */
export function typeViolations(flat: FlatSchema, pointer: string, current: unknown): Proposal[] {
  if (!flat.types) return [];
  const out: Proposal[] = [];
  // A number sent as a numeric string: what a lenient parser accepts and a strict server must refuse.
  if (typeof current === 'number' && !flat.types.includes('string')) {
    out.push({ keyword: 'type', scenario: 'wrong-type', pointer, replacement: String(current) });
  }
  for (const [, sample] of SAMPLES) {
    if (!typeAllows(flat.types, sample)) {
      out.push({ keyword: 'type', scenario: 'wrong-type', pointer, replacement: sample });
    }
  }
  if (!flat.types.includes('null')) out.push({ keyword: 'type', scenario: 'null-value', pointer, replacement: null });
  return out;
}

/** The types an alternative may take: its `type`, or what its keywords imply; throws when nothing constrains it. */
export function impliedTypes(flat: FlatSchema, fail: (what: string) => Error): JsonType[] {
  if (flat.types) return flat.types;
  const implied: JsonType[] = [];
  if (flat.properties.size > 0 || flat.required.size > 0 || flat.closedTo) implied.push('object');
  if (flat.items || flat.minItems !== undefined || flat.maxItems !== undefined) implied.push('array');
  if ([flat.minLength, flat.maxLength, flat.pattern, flat.format].some((k) => k !== undefined)) implied.push('string');
  if (flat.minimum !== undefined || flat.maximum !== undefined) implied.push('number');
  if (implied.length === 0) throw fail('schema without "type", "enum" or "const" (it would generate anything)');
  return implied;
}
