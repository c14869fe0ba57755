import { allowedValues } from '../keywords/enum/enum';
import { exampleNumber } from '../keywords/numeric/range';
import { allowedProperties } from '../keywords/object/properties';
import { exampleString } from '../keywords/string/string';
import { impliedTypes } from '../keywords/type/type';
import { expand } from './expand';
import type { FlatSchema } from './flat';
import { unsupported } from './keywords';
import type { Located } from './located';
import { matches } from './matches';

/**
 * A deterministic, minimal valid value of one alternative: the first enum value, the default, a
 * fitted string, only the required properties. `undefined` when it would match a `not` schema.
 */
export function exampleOf(flat: FlatSchema): unknown {
  const value = build(flat);
  return flat.not.some((n) => matches(n, value)) ? undefined : value;
}

function build(flat: FlatSchema): unknown {
  if (flat.values) return allowedValues(flat)[0];
  const type = impliedTypes(flat, (what) => unsupported(what, flat.at))[0];
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return typeof flat.default === 'boolean' ? flat.default : false;
    case 'integer':
    case 'number':
      return exampleNumber(flat, type === 'integer');
    case 'string':
      return exampleString(flat);
    case 'array':
      return Array.from({ length: flat.minItems ?? 0 }, () => exampleOfConjunction(flat.items ?? [], flat.at));
    case 'object': {
      const out: Record<string, unknown> = {};
      const declared = new Map(allowedProperties(flat));
      for (const name of flat.required) {
        const conj = declared.get(name);
        if (!conj) throw unsupported(`required property "${name}" without a schema`, flat.at);
        out[name] = exampleOfConjunction(conj, flat.at);
      }
      return out;
    }
  }
}

/** The example of the first alternative of a conjunction that has one; throws when none has. */
export function exampleOfConjunction(conjunction: readonly Located[], at: string): unknown {
  for (const flat of expand(conjunction)) {
    const value = exampleOf(flat);
    if (value !== undefined) return value;
  }
  throw new Error(`fromSchema: cannot build an example value for the schema at ${conjunction[0]?.at ?? at}`);
}
