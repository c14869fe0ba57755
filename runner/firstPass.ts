/**
 * The first pass of generated cases: which of an operation's invalid, boundary and auth cases check a rule
 * for the first time (reserved by the plan, runner/plan.ts; sent first by the specs) and which repeat one.
 */
import type { ContractVersion } from '../schemas';
import { operationsFor } from '../schemas';
import type { RequestCase } from '../generators';
import { describeOperation } from '../generators';

/** Whether another operation of the version takes `definition` as its whole JSON body (its rules are checked there). */
function jsonBodyElsewhere(version: ContractVersion, operationId: string, definition: string): boolean {
  return operationsFor(version).some((op) => {
    const body = op.id === operationId ? undefined : describeOperation(version, op.id).body;
    return body?.kind === 'json' && body.definition === definition;
  });
}

/**
 * Whether a negative case repeats, in the first pass, a rule another case already checks: a case the
 * documents leave open (a server may accept it or refuse it: no documented refusal to check), or a field
 * rule of a JSON part (`Parameters`) whose definition another operation takes as its JSON body (the same
 * rule, checked there; the part's own rules, malformed JSON and a missing part, stay).
 */
function repeatsARule(rc: RequestCase): boolean {
  const v = rc.violation;
  if (!v) return false;
  if (!v.documented) return true;
  if (v.location !== 'part' || !v.part || v.keyword === 'contentMediaType' || v.scenario === 'missing-part')
    return false;
  const part = describeOperation(rc.version, rc.operationId).body;
  const definition = part?.kind === 'multipart' ? part.parts.find((p) => p.name === v.part)?.definition : undefined;
  return definition !== undefined && jsonBodyElsewhere(rc.version, rc.operationId, definition);
}

/**
 * Splits labelled cases into the first pass (the first of each label: each boundary, each kind of invalid
 * value at each pointer, each auth variant; one check of each documented rule) and the repetitions (the same
 * label's other variants, the cases the documents leave open, a JSON part's field rules already checked on
 * a JSON body: `repeatsARule`).
 */
export function firstPerLabel(cases: RequestCase[]): { first: RequestCase[]; again: RequestCase[] } {
  const seen = new Set<string>();
  const first: RequestCase[] = [];
  const again: RequestCase[] = [];
  for (const rc of cases) {
    if (seen.has(rc.label) || repeatsARule(rc)) again.push(rc);
    else {
      seen.add(rc.label);
      first.push(rc);
    }
  }
  return { first, again };
}

/**
 * Splits an operation's boundary requests (`boundaryRequests`) into the first pass and the repetitions: a
 * bound of a JSON part (`Parameters`) whose definition another operation takes as its whole JSON body is the
 * same rule, checked there (as `repeatsARule` for invalid values), so a repetition.
 */
export function splitBoundaries(
  version: ContractVersion,
  operationId: string,
  cases: RequestCase[],
): { first: RequestCase[]; again: RequestCase[] } {
  const body = describeOperation(version, operationId).body;
  const repeated = (body?.kind === 'multipart' ? body.parts : [])
    .filter((p) => p.definition !== undefined && jsonBodyElsewhere(version, operationId, p.definition))
    // The label boundaryRequests gives a part's bound (generators/requests/boundary.ts).
    .map((p) => `${operationId} positive part ${p.name} `);
  const again = cases.filter((rc) => repeated.some((prefix) => rc.label.startsWith(prefix)));
  return { first: cases.filter((rc) => !again.includes(rc)), again };
}

/** The invalid creates the whole-session tests send: all but the session-token case (its 401 is tested with the others). */
export const invalidCreate = (rc: RequestCase): boolean => rc.auth !== 'session-token';
