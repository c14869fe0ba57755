import fc from 'fast-check';
import { allowedValues, enumArbitrary } from '../keywords/enum/enum';
import { arrayArbitrary } from '../keywords/array/items';
import { integerArbitrary, numberArbitrary } from '../keywords/numeric/range';
import { objectArbitrary } from '../keywords/object/properties';
import { stringArbitrary } from '../keywords/string/string';
import { impliedTypes } from '../keywords/type/type';
import { expand } from './expand';
import type { FlatSchema, JsonType } from './flat';
import { unsupported } from './keywords';
import type { Located } from './located';
import { matches } from './matches';

function typeArbitrary(type: JsonType, flat: FlatSchema): fc.Arbitrary<unknown> {
  const fail = (what: string): Error => unsupported(what, flat.at);
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerArbitrary(flat);
    case 'number':
      return numberArbitrary(flat);
    case 'string':
      return stringArbitrary(flat);
    case 'object':
      return objectArbitrary(flat, (_name, conj) => conjunctionArbitrary(conj, `${flat.at}/properties`), fail);
    case 'array': {
      if (!flat.items) throw fail('array without "items" (it would generate anything)');
      return arrayArbitrary(flat, conjunctionArbitrary(flat.items, `${flat.at}/items`));
    }
  }
}

/** The arbitrary of one alternative; values matching one of its `not` schemas are filtered out. */
export function flatArbitrary(flat: FlatSchema): fc.Arbitrary<unknown> {
  let arb: fc.Arbitrary<unknown>;
  if (flat.values) {
    if (allowedValues(flat).length === 0) throw unsupported('"enum"/"const" with no value of an allowed type', flat.at);
    arb = enumArbitrary(flat);
  } else {
    const types = impliedTypes(flat, (what) => unsupported(what, flat.at));
    const arbs = types.map((t) => typeArbitrary(t, flat));
    arb = arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
  }
  const not = flat.not;
  return not.length === 0 ? arb : arb.filter((v) => !not.some((n) => matches(n, v)));
}

/** The arbitrary of a conjunction of schema nodes: one of its alternatives (the first shrinks best). */
export function conjunctionArbitrary(conjunction: readonly Located[], at: string): fc.Arbitrary<unknown> {
  const flats = expand(conjunction);
  if (flats.length === 0) throw new Error(`fromSchema: no value satisfies the schema at ${conjunction[0]?.at ?? at}`);
  const arbs = flats.map(flatArbitrary);
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}
