import { IP_ADDRESS_OR_CIDR } from '../../formats';
import type { DefinitionSet, JsonSchema } from '../types';
import { v13Note } from './source';

/** `numberOfClientAttemptsAllowed`: 1..3, default 1 (form-data parameter and description; README item 4). */
export const ATTEMPTS_ALLOWED = { minimum: 1, maximum: 3, default: 1 } as const;

/**
 * The userCorrelationId rule, worded as the deviceCorrelationId one: unless the client sets it
 * (`userCorrelationIdSetInClient: true`) it "must be set in this request body"; when the client sets
 * it, it "must be null". Both halves are documented conflicts (reference README item 11), never failed.
 */
export const USER_CORRELATION_RULE: JsonSchema = {
  if: { properties: { userCorrelationIdSetInClient: { const: true } }, required: ['userCorrelationIdSetInClient'] },
  then: { properties: { userCorrelationId: { type: 'null' } } },
  else: { required: ['userCorrelationId'], properties: { userCorrelationId: { type: 'string' } } },
};

function attemptsAllowed(): JsonSchema {
  return {
    type: 'integer',
    ...ATTEMPTS_ALLOWED,
    description: 'How many liveness attempts the client may make with the session token: 1 to 3, 1 when not given.',
    $comment: v13Note(
      'numberOfClientAttemptsAllowed: integer 1..3 (form-data), typed object in the JSON body; the service accepted 0 (item 4)',
    ),
  };
}

/** The fields v1.3 adds to the JSON create (CreateLivenessSessionContent). */
function jsonAdditions(): Record<string, JsonSchema> {
  return {
    numberOfClientAttemptsAllowed: attemptsAllowed(),
    userCorrelationId: {
      type: ['string', 'null'],
      // "Unique Guid per each end-user" (swagger description): the valid side sends GUIDs; no document
      // says a server must refuse another string, so a malformed one is never a demanded refusal.
      format: 'uuid',
      description: 'A unique id (a GUID) per end user, for rate limiting; must be given unless the client sets it.',
    },
    userCorrelationIdSetInClient: {
      type: 'boolean',
      description: 'Whether the client sets its own userCorrelationId; false when not given.',
    },
    expectedClientIpAddress: {
      type: 'string',
      // "the expected IP address or CIDR block" (swagger description), as for userCorrelationId.
      format: IP_ADDRESS_OR_CIDR,
      description: 'The IP address or CIDR block the client running the liveness check is expected to use.',
    },
  };
}

/** Adds properties to a create schema of v1.2, keeping its shape, rules and exactness. */
function extend(base: JsonSchema, added: Record<string, JsonSchema>, comment: string, rule?: JsonSchema): JsonSchema {
  const out: JsonSchema = {
    ...base,
    $comment: v13Note(comment),
    properties: { ...(base.properties as Record<string, JsonSchema>), ...added },
  };
  if (rule) out.allOf = [rule];
  return out;
}

/**
 * The v1.3 creates: the JSON create adds the attempt limit, the user correlation and the expected IP;
 * the with-verify create (multipart form-data) adds only `numberOfClientAttemptsAllowed`, as the
 * swagger's form-data parameters do.
 */
export function v13CreateDefinitions(ga: DefinitionSet): DefinitionSet {
  return {
    CreateLivenessSessionContent: extend(
      ga.CreateLivenessSessionContent,
      jsonAdditions(),
      'CreateLivenessSessionContent adds numberOfClientAttemptsAllowed, userCorrelationId, userCorrelationIdSetInClient, expectedClientIpAddress',
      USER_CORRELATION_RULE,
    ),
    CreateLivenessWithVerifySessionContent: extend(
      ga.CreateLivenessWithVerifySessionContent,
      { numberOfClientAttemptsAllowed: attemptsAllowed() },
      'with-verify create form-data adds numberOfClientAttemptsAllowed (integer 1..3)',
    ),
  };
}
