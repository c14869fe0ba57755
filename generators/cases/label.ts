import type { ContractVersion, SchemaViolation } from '../../schemas';
import { conflictFor, openCaseOf, registry } from '../../schemas';
import { isSelfOrAncestor, setAt } from '../_internals/jsonPointer';
import { isDocumented } from './documented';
import type { BasedProposal } from './propose';
import type { BoundaryCase, InvalidCase, InvalidScenario, Proposal } from './types';

/** Keywords that report the same mistake (`enum` with one value is often written `const`). */
const SAME_KEYWORD: Record<string, string[]> = { enum: ['enum', 'const'], const: ['const', 'enum'] };

function isCombinator(v: SchemaViolation): boolean {
  return v.keyword === 'anyOf' || v.keyword === 'oneOf' || /\/(anyOf|oneOf)\/\d+\//.test(v.schemaPath);
}

function isConditional(schemaPath: string): boolean {
  return /(^|\/)(then|else)\//.test(schemaPath);
}

function names(v: SchemaViolation): unknown {
  return v.params.missingProperty ?? v.params.additionalProperty;
}

/**
 * The violations that report a proposal, when the registry's answer is explained by it alone: some
 * violation has its keyword at its pointer, and every other one is at that pointer or is a failed
 * `anyOf`/`oneOf` branch around it. Otherwise (the change broke something else too) nothing.
 */
export function explainingViolations(
  violations: SchemaViolation[],
  expected: { keyword: string; pointer: string; property?: string },
): SchemaViolation[] {
  const accepted = SAME_KEYWORD[expected.keyword] ?? [expected.keyword];
  const matching = violations.filter(
    (v) =>
      v.instancePath === expected.pointer &&
      accepted.includes(v.keyword) &&
      (expected.property === undefined || names(v) === expected.property),
  );
  if (matching.length === 0) return [];
  const clean = violations.every(
    (v) =>
      v.instancePath === expected.pointer || (isSelfOrAncestor(v.instancePath, expected.pointer) && isCombinator(v)),
  );
  return clean ? matching : [];
}

function scenarioFor(proposal: Proposal, keyword: string, conditional: boolean): InvalidScenario {
  if (conditional) return 'broken-conditional';
  if (keyword === 'const' && proposal.scenario === 'not-in-enum') return 'not-const';
  if (keyword === 'enum' && proposal.scenario === 'not-const') return 'not-in-enum';
  return proposal.scenario as InvalidScenario;
}

/** Applies a proposal and, if the registry confirms it breaks exactly what it says, labels it. */
export function labelInvalid(
  version: ContractVersion,
  definition: string,
  based: BasedProposal,
): InvalidCase | undefined {
  const { base, proposal } = based;
  const reg = registry();
  const value = setAt(base, proposal.target ?? proposal.pointer, proposal.replacement);
  const matching = explainingViolations(reg.validate(version, definition, value), proposal);
  if (matching.length === 0) return undefined;
  // Prefer the plain keyword over a `then`/`else` one, and a real violation over a documented conflict.
  const rank = (v: SchemaViolation): number =>
    (isConditional(v.schemaPath) ? 2 : 0) + (conflictFor(definition, v.schemaPath) ? 1 : 0);
  const chosen = [...matching].sort((a, b) => rank(a) - rank(b))[0];
  // A violation beside a documented conflict at the same field is part of it: the real service accepts
  // `deviceCorrelationIdSetInClient: true` with `deviceCorrelationId: ""` (../shared/recordings).
  // And a body the documents leave open (schemas/openCases.ts), read as a whole: never a refusal to demand.
  const conflict =
    matching.map((v) => conflictFor(definition, v.schemaPath)?.id).find((id) => id !== undefined) ??
    openCaseOf(definition, value, Object.keys(reg.schema(version, definition).properties ?? {}));
  const scenario = scenarioFor(proposal, chosen.keyword, isConditional(chosen.schemaPath));
  const optional =
    proposal.pointer !== '' && reg.validate(version, definition, setAt(base, proposal.pointer, undefined)).length === 0;
  return {
    version,
    definition,
    keyword: chosen.keyword,
    pointer: proposal.pointer,
    schemaPath: chosen.schemaPath,
    scenario,
    value,
    documented: isDocumented({ scenario, pointer: proposal.pointer, conflict, optional }),
    ...(proposal.property !== undefined ? { property: proposal.property } : {}),
    ...(conflict !== undefined ? { conflict } : {}),
  };
}

/** Applies a boundary proposal; kept only when the registry finds the result valid. */
export function labelBoundary(
  version: ContractVersion,
  definition: string,
  based: BasedProposal,
): BoundaryCase | undefined {
  const { base, proposal } = based;
  const value = setAt(base, proposal.target ?? proposal.pointer, proposal.replacement);
  if (registry().validate(version, definition, value).length > 0) return undefined;
  const scenario = proposal.scenario as BoundaryCase['scenario'];
  return { version, definition, keyword: proposal.keyword, pointer: proposal.pointer, scenario, value };
}
