import { splitPointer } from '../_internals/jsonPointer';
import type { InvalidScenario } from './types';

/** The one optional field the seeds allow to be `null` (CONTRACT.md §4); any other optional `null` is undocumented. */
const NULLABLE_BY_SEEDS = 'deviceCorrelationId';

/** What decides whether a violation is documented. */
export interface DocumentedInput {
  scenario: InvalidScenario;
  pointer: string;
  conflict?: string;
  /** Whether the field at `pointer` is optional (its removal leaves the document valid). */
  optional: boolean;
}

/**
 * Whether a server MUST reject the violation (CONTRACT.md §4). Undocumented, so a server MAY accept
 * it: a documented conflict (schemas/conflicts.ts), a value outside a format its description implies, an
 * unknown field in a request body, and `null`
 * for an optional field other than `deviceCorrelationId`. Everything else the schemas reject
 * (wrong types, out-of-range or unlisted values, missing required fields, lengths) is documented.
 */
export function isDocumented(input: DocumentedInput): boolean {
  if (input.conflict) return false;
  // A request field's format is read from its description ("Unique Guid", "IP address or CIDR block");
  // no document says a server must refuse another value, so a malformed one is no demanded refusal.
  if (input.scenario === 'malformed-format') return false;
  if (input.scenario === 'additional-property') return false;
  if (input.scenario === 'null-value' && input.optional && input.pointer !== '') {
    return splitPointer(input.pointer).token === NULLABLE_BY_SEEDS;
  }
  return true;
}
