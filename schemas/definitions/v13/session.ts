import { ref } from '../../ids';
import { INT32 } from '../ga/result';
import type { DefinitionSet, JsonSchema } from '../types';
import { booleanOrObject, v13Note } from './source';

/** Adds properties to a v1.2 definition, keeping the rest of it. */
function withProperties(base: JsonSchema, added: Record<string, JsonSchema>, comment: string): JsonSchema {
  return {
    ...base,
    $comment: v13Note(comment),
    properties: { ...(base.properties as Record<string, JsonSchema>), ...added },
  };
}

/** The models a v1.3 session may report: the enum's, and the one the real v1.3 service reported (README item 3). */
export const V13_REPORTED_MODELS = ['2024-11-15', '2025-05-20'] as const;

function sessionAdditions(): Record<string, JsonSchema> {
  return {
    modelVersion: {
      type: 'string',
      enum: [...V13_REPORTED_MODELS],
      description: 'The liveness model the session runs.',
      $comment: v13Note(
        'LivenessModel enum holds 2024-11-15; the real v1.3 service reported 2025-05-20 (item 3): both legal',
      ),
    },
    isAbuseMonitoringEnabled: booleanOrObject('Whether abuse monitoring was on for this session.'),
    expectedClientIpAddress: {
      type: 'string',
      description: 'The IP address or CIDR block the client was expected to use (as sent at create).',
    },
  };
}

function attemptAdditions(): Record<string, JsonSchema> {
  return {
    clientInformation: {
      type: 'array',
      items: ref('ClientInformation'),
      description: 'What the service saw of the client during the attempt.',
    },
    abuseMonitoringResult: ref('AbuseMonitoringResult'),
  };
}

/** The definitions v1.3 adds for sessions: what the client looked like, and what abuse monitoring found. */
function newDefinitions(): DefinitionSet {
  return {
    ClientInformation: {
      type: 'object',
      description: 'The client seen during a liveness attempt.',
      $comment: v13Note('ClientInformation {ip} required'),
      required: ['ip'],
      properties: { ip: { type: 'string', description: 'The client IP address seen during the attempt.' } },
    },
    OtherFlaggedSessions: {
      type: 'object',
      description: 'Another session flagged as abuse from what was seen during this attempt.',
      $comment: v13Note('OtherFlaggedSessions {attemptId (int32), sessionId} required, sessionImageId'),
      required: ['attemptId', 'sessionId'],
      properties: {
        attemptId: { type: 'integer', ...INT32, description: 'The attempt of the flagged session, from 1.' },
        sessionId: { type: 'string', description: 'The flagged session.' },
        sessionImageId: { type: 'string', description: 'The image of the flagged session.' },
      },
    },
    AbuseMonitoringResult: {
      type: 'object',
      description: 'What abuse monitoring found during the attempt.',
      $comment: v13Note('AbuseMonitoringResult {isAbuseDetected, otherFlaggedSessions[]} required'),
      required: ['isAbuseDetected', 'otherFlaggedSessions'],
      properties: {
        isAbuseDetected: booleanOrObject('Whether abuse detection triggered during the attempt.'),
        otherFlaggedSessions: {
          type: 'array',
          items: ref('OtherFlaggedSessions'),
          description: 'Other sessions flagged from what this attempt showed.',
        },
      },
    },
  };
}

/**
 * v1.3 sessions: the v1.2 sessions plus `isAbuseMonitoringEnabled` and `expectedClientIpAddress`; every
 * attempt definition plus `clientInformation` and `abuseMonitoringResult`.
 */
export function v13SessionDefinitions(ga: DefinitionSet): DefinitionSet {
  const out: DefinitionSet = newDefinitions();
  for (const [name, schema] of Object.entries(ga)) {
    if (name === 'LivenessSession' || name === 'LivenessWithVerifySession') {
      out[name] = withProperties(
        schema,
        sessionAdditions(),
        `${name} adds isAbuseMonitoringEnabled, expectedClientIpAddress`,
      );
    } else if (/SessionAttempt$/.test(name)) {
      out[name] = withProperties(schema, attemptAdditions(), `${name} adds clientInformation, abuseMonitoringResult`);
    }
  }
  return out;
}
