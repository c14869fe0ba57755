import { ref } from '../../ids';
import type { DefinitionSet, JsonSchema } from '../types';
import { GA_SOURCE } from './enums';
import { INT32, gaResultDefinitions } from './result';

const note = (what: string): string => `${GA_SOURCE}: ${what}`;

/** What one attempt produced; every member may be absent (lenient, as the preview result body). */
function attemptResult(): JsonSchema {
  return {
    type: 'object',
    description: 'The outcome of a successful attempt: the decision and, for with-verify, the match.',
    $comment: note(
      'attempt result; the v1.2 swagger (LivenessResult, LivenessWithVerifyResult) requires targets and digest',
    ),
    required: ['targets', 'digest'],
    properties: {
      livenessDecision: ref('LivenessDecision'),
      targets: ref('LivenessDecisionTargets'),
      digest: { type: 'string', description: 'A digest of the request, to compare with the client SDK.' },
      sessionImageId: { type: 'string', description: 'Id of the stored session image, for Get Session Image.' },
      verifyImageHash: {
        type: 'string',
        pattern: '^[0-9a-fA-F]{64}$',
        description: 'SHA-256 of the verify image, as hex.',
      },
      verifyResult: {
        type: 'object',
        description: 'Outcome of comparing the live face with the verify image.',
        required: ['matchConfidence', 'isIdentical'],
        properties: {
          isIdentical: { type: 'boolean', description: 'Whether the live face and the verify image match.' },
          matchConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence, 0 to 1.' },
        },
      },
    },
  };
}

/** A whole v1.2 session, as create and get return it; `results` is the family's (with-verify adds its references). */
function sessionSchema(description: string, results: string): JsonSchema {
  return {
    type: 'object',
    description,
    $comment: note(
      'create returns the whole session {sessionId, authToken, status, modelVersion, results}; the v1.2 swagger requires all but modelVersion',
    ),
    required: ['sessionId', 'authToken', 'status', 'results'],
    properties: {
      sessionId: { type: 'string', description: 'The session id.' },
      authToken: { type: 'string', description: 'Bearer token for the client device; limited to this session.' },
      status: ref('OperationState'),
      modelVersion: ref('LivenessModel'),
      results: ref(results),
    },
  };
}

/** v1.2 session definitions: the session of each family, its results, attempts, and their parts. */
export function gaSessionDefinitions(): DefinitionSet {
  return {
    LivenessSessionAttemptResult: attemptResult(),
    LivenessError: {
      type: 'object',
      description: 'Why an attempt failed: a code and a message.',
      $comment: note('attempt error'),
      // The v1.2 swagger requires the targets of the failed classification too.
      required: ['code', 'message', 'targets'],
      properties: {
        code: { type: 'string', description: 'A server-defined error code.' },
        message: { type: 'string', description: 'A human-readable description.' },
        targets: ref('LivenessDecisionTargets'),
      },
    },
    LivenessSessionAttempt: {
      type: 'object',
      description: 'One liveness call a device made in the session: its number, state, and result or error.',
      $comment: note('attempt {attemptId (from 1), attemptStatus, result | error}'),
      required: ['attemptId', 'attemptStatus'],
      properties: {
        attemptId: {
          type: 'integer',
          minimum: 1,
          maximum: INT32.maximum,
          description: 'The attempt number, from 1 (int32).',
        },
        attemptStatus: ref('OperationState'),
        result: ref('LivenessSessionAttemptResult'),
        error: ref('LivenessError'),
      },
      // "result | error": never both (the properties are restated for Ajv's strictRequired).
      not: { properties: { result: true, error: true }, required: ['result', 'error'] },
    },
    LivenessSessionResults: {
      type: 'object',
      description: 'The attempts made so far, oldest first.',
      $comment: note('results: {attempts[]}'),
      required: ['attempts'],
      properties: {
        attempts: { type: 'array', items: ref('LivenessSessionAttempt'), description: 'Attempts, oldest first.' },
      },
    },
    LivenessWithVerifySessionResults: {
      type: 'object',
      description: 'The attempts made so far, and the verify references the session compares with.',
      $comment: note('v1.2 swagger LivenessWithVerifySessionResults: verifyReferences and attempts required'),
      required: ['verifyReferences', 'attempts'],
      properties: {
        verifyReferences: {
          type: 'array',
          items: ref('LivenessWithVerifyReference'),
          description: 'The references used for face verification.',
        },
        attempts: { type: 'array', items: ref('LivenessSessionAttempt'), description: 'Attempts, oldest first.' },
      },
    },
    LivenessSession: sessionSchema(
      'A v1.2 liveness session: its token, status, model and attempts.',
      'LivenessSessionResults',
    ),
    LivenessWithVerifySession: sessionSchema(
      'A v1.2 liveness-with-verify session: as LivenessSession, with the verify references.',
      'LivenessWithVerifySessionResults',
    ),
    ...gaResultDefinitions(),
  };
}
