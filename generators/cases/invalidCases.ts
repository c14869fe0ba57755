import fc from 'fast-check';
import type { ContractVersion } from '../../schemas';
import { registry } from '../../schemas';
import { expand } from '../_internals/expand';
import { exampleOf } from '../_internals/example';
import { getAt } from '../_internals/jsonPointer';
import type { Located } from '../_internals/located';
import { locateRoot } from '../_internals/located';
import { arbitraryFor } from '../fromSchema';
import { labelBoundary, labelInvalid } from './label';
import type { BasedProposal, ProposalKind } from './propose';
import { proposeConjunction, proposeFlat } from './propose';
import type { BoundaryCase, InvalidCase } from './types';

function root(version: ContractVersion, definition: string): Located[] {
  return [locateRoot(registry().schema(version, definition))];
}

/** Proposals over the example document of every top-level alternative (both sides of an `if`, each `anyOf` branch). */
function deterministicProposals(version: ContractVersion, definition: string, kind: ProposalKind): BasedProposal[] {
  const out: BasedProposal[] = [];
  for (const flat of expand(root(version, definition))) {
    const example = exampleOf(flat);
    if (example !== undefined) proposeFlat(flat, example, '', kind, out);
  }
  return out;
}

/**
 * Drops repeats: the same break at the same place (keyword, schema path, the value put there, or the
 * property missing/added), found again from another alternative's example document.
 */
function unique<
  T extends { pointer: string; value: unknown; scenario: string; schemaPath?: string; property?: string },
>(cases: T[]): T[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const what = c.property ?? JSON.stringify(getAt(c.value, c.pointer));
    const key = `${c.pointer} ${c.scenario} ${c.schemaPath ?? ''} ${what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const invalidCache = new Map<string, InvalidCase[]>();
const boundaryCache = new Map<string, BoundaryCase[]>();

/**
 * Every labelled way to break a definition, deterministically: for each keyword that applies to each
 * field (absent optional fields included), its named violations, bounds ±1 among them. Each case is
 * confirmed by the registry to fail at exactly its keyword and pointer, else dropped.
 */
export function invalidCases(version: ContractVersion, definition: string): InvalidCase[] {
  const key = `${version}/${definition}`;
  let cases = invalidCache.get(key);
  if (!cases) {
    const labelled = deterministicProposals(version, definition, 'invalid').map((p) =>
      labelInvalid(version, definition, p),
    );
    cases = unique(labelled.filter((c): c is InvalidCase => c !== undefined));
    invalidCache.set(key, cases);
  }
  return cases;
}

/** The valid values on every documented bound of a definition (minimum, maximum, min/max length), deterministically. */
export function boundaryCases(version: ContractVersion, definition: string): BoundaryCase[] {
  const key = `${version}/${definition}`;
  let cases = boundaryCache.get(key);
  if (!cases) {
    const labelled = deterministicProposals(version, definition, 'boundary').map((p) =>
      labelBoundary(version, definition, p),
    );
    cases = unique(labelled.filter((c): c is BoundaryCase => c !== undefined));
    boundaryCache.set(key, cases);
  }
  return cases;
}

/**
 * Random invalid documents: a random valid document with one labelled violation applied (picked by
 * a random index among those the registry confirms). Shrinks the document, then the choice.
 */
export function invalidArbitrary(version: ContractVersion, definition: string): fc.Arbitrary<InvalidCase> {
  const conj = root(version, definition);
  return fc
    .tuple(arbitraryFor(version, definition), fc.nat())
    .map(([doc, pick]) => {
      const proposals: BasedProposal[] = [];
      proposeConjunction(conj, doc, '', 'invalid', proposals);
      for (let i = 0; i < proposals.length; i++) {
        const labelled = labelInvalid(version, definition, proposals[(pick + i) % proposals.length]);
        if (labelled) return labelled;
      }
      return undefined;
    })
    .filter((c): c is InvalidCase => c !== undefined);
}
