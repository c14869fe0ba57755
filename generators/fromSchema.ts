import type fc from 'fast-check';
import type { ContractVersion, JsonSchema } from '../schemas';
import { registry } from '../schemas';
import { conjunctionArbitrary } from './_internals/arbitrary';
import { exampleOfConjunction } from './_internals/example';
import { locateRoot } from './_internals/located';

/** Options of `fromSchema`. */
export interface FromSchemaOptions {
  /** Base URI for relative `$ref`s when the schema has no `$id` (refs resolve against the registry). */
  baseId?: string;
}

/**
 * A fast-check arbitrary of values valid against a JSON Schema (draft 2020-12) as this project writes
 * them. `$ref`s resolve against the shared registry. A keyword it cannot honour throws, naming the
 * keyword and its pointer (`fromSchema: unsupported keyword "patternProperties" at #/properties/x`):
 * it never generates something unconstrained instead.
 */
export function fromSchema(schema: JsonSchema, options: FromSchemaOptions = {}): fc.Arbitrary<unknown> {
  return conjunctionArbitrary([locateRoot(schema, options.baseId)], '#');
}

const byDefinition = new Map<string, fc.Arbitrary<unknown>>();

/** The arbitrary of valid values of a registered definition (built once per version and name). */
export function arbitraryFor(version: ContractVersion, definition: string): fc.Arbitrary<unknown> {
  const key = `${version}/${definition}`;
  let arb = byDefinition.get(key);
  if (!arb) {
    arb = fromSchema(registry().schema(version, definition));
    byDefinition.set(key, arb);
  }
  return arb;
}

/** A deterministic, minimal valid value of a registered definition (required fields, defaults, first enum values). */
export function exampleFor(version: ContractVersion, definition: string): unknown {
  return exampleOfConjunction([locateRoot(registry().schema(version, definition))], '#');
}
