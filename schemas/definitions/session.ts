import { ref } from '../ids';
import type { DefinitionSet, JsonSchema } from './types';

/** The documented TTL range of a session token (seeds 000, 002, 003: 60 to 86400 s, default 600). */
export const TTL = { minimum: 60, maximum: 86400, default: 600 } as const;

function itemProperties(): Record<string, JsonSchema> {
  return {
    id: { type: 'string', description: 'The session id.' },
    createdDateTime: { type: 'string', format: 'date-time', description: 'When the session was created.' },
    sessionStartDateTime: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When the device started the session; set only once it has (absent or null before).',
    },
    sessionExpired: { type: 'boolean', description: 'Whether the session has expired.' },
    deviceCorrelationId: {
      type: ['string', 'null'],
      description: 'The per-device id used for rate limiting; null when the client sets it itself.',
    },
    authTokenTimeToLiveInSeconds: {
      type: 'integer',
      ...TTL,
      description: 'Lifetime of the session token in seconds, 60 to 86400; 600 when not given.',
    },
  };
}

/**
 * The rule "`result` is only populated when `status` is `ResultAvailable`" (CONTRACT.md §3 rule 4),
 * as a schema: unless the status is ResultAvailable, `result` is absent or null.
 */
export const RESULT_ONLY_WHEN_AVAILABLE: JsonSchema = {
  if: { properties: { status: { const: 'ResultAvailable' } }, required: ['status'] },
  else: { properties: { result: { type: 'null' } } },
};

function sessionSchema(description: string, source: string): JsonSchema {
  return {
    type: 'object',
    description,
    $comment: source,
    required: ['id', 'status'],
    properties: {
      ...itemProperties(),
      status: ref('FaceSessionStatus'),
      result: {
        anyOf: [ref('LivenessSessionAuditEntry'), { type: 'null' }],
        description: 'The newest audit entry; only populated when status is ResultAvailable.',
      },
    },
    ...RESULT_ONLY_WHEN_AVAILABLE,
  };
}

/** Session definitions: the list item, and the full session of each family. */
export function sessionDefinitions(): DefinitionSet {
  return {
    LivenessSessionItem: {
      type: 'object',
      description: 'A session as a list operation returns it.',
      $comment: 'seed 002 (ja) Definitions: LivenessSessionItem',
      required: ['id'],
      properties: itemProperties(),
    },
    LivenessSession: sessionSchema(
      'A liveness session with its status and, once available, its result.',
      'seed 000 (ja) Definitions: LivenessSession',
    ),
    LivenessWithVerifySession: sessionSchema(
      'A liveness-with-verify session; the same shape as LivenessSession.',
      'CONTRACT.md §1 op 9 (same shape as seed 000 LivenessSession)',
    ),
  };
}
