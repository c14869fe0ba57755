import type { ContractVersion } from '../../schemas';

/** How a value breaks a keyword, named after Schemathesis's coverage scenarios. */
export type InvalidScenario =
  | 'below-minimum'
  | 'above-maximum'
  | 'wrong-type'
  | 'non-integer'
  | 'null-value'
  | 'not-in-enum'
  | 'not-const'
  | 'missing-required'
  | 'too-short'
  | 'too-long'
  | 'malformed-format'
  | 'pattern-mismatch'
  | 'additional-property'
  | 'too-few-items'
  | 'too-many-items'
  | 'broken-conditional';

/** A valid value on a bound, or one value of an enum: the limits a server must accept. */
export type BoundaryScenario = 'at-minimum' | 'at-maximum' | 'at-min-length' | 'at-max-length' | 'enum-value';

/**
 * A labelled invalid document: the whole value, where it breaks (instance pointer as the validator
 * reports it: the object for `required`/`additionalProperties`), the keyword and schema path the
 * registry reports, and whether a server MUST reject it (CONTRACT.md §4).
 */
export interface InvalidCase {
  version: ContractVersion;
  definition: string;
  keyword: string;
  pointer: string;
  schemaPath: string;
  scenario: InvalidScenario;
  value: unknown;
  documented: boolean;
  /** For `required` and `additionalProperties`: the property missing or added. */
  property?: string;
  /** Id of the documented conflict (schemas/conflicts.ts) the violation is, if any. */
  conflict?: string;
}

/** A labelled valid document with one value exactly on a documented bound. */
export interface BoundaryCase {
  version: ContractVersion;
  definition: string;
  keyword: string;
  pointer: string;
  scenario: BoundaryScenario;
  value: unknown;
}

/** What a keyword module proposes: a change at `target` (default `pointer`), to be checked by the registry. */
export interface Proposal {
  keyword: string;
  scenario: InvalidScenario | BoundaryScenario;
  /** Where the validator will report it. */
  pointer: string;
  /** Where the change is made; `replacement: undefined` removes the value there. */
  target?: string;
  replacement: unknown;
  property?: string;
}
