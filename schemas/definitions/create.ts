import { ref } from '../ids';
import type { ContractVersion } from '../versions';
import { hasCapability } from '../contract';
import { TTL } from './session';
import type { DefinitionSet, JsonSchema } from './types';

/**
 * The deviceCorrelationId rule (seed 003 request-body table), as a schema:
 * - when `deviceCorrelationIdSetInClient` is false or absent, `deviceCorrelationId` must be given (a string);
 * - when it is true, `deviceCorrelationId` "must be null".
 * The second half contradicts seed 003's own example (CONTRACT.md §4); see `schemas/conflicts.ts`.
 */
export const DEVICE_CORRELATION_RULE: JsonSchema = {
  if: { properties: { deviceCorrelationIdSetInClient: { const: true } }, required: ['deviceCorrelationIdSetInClient'] },
  then: { properties: { deviceCorrelationId: { type: 'null' } } },
  else: { required: ['deviceCorrelationId'], properties: { deviceCorrelationId: { type: 'string' } } },
};

/** The documented bounds of `deviceCorrelationId` (error-code reference: missing, empty or over 64 characters). */
export const DEVICE_CORRELATION_ID = { minLength: 1, maxLength: 64 } as const;

/** The create fields every version has (seed 003): mode, TTL, device id and who sets it. */
export function baseCreateFields(): Record<string, JsonSchema> {
  return {
    livenessOperationMode: ref('LivenessOperationMode'),
    authTokenTimeToLiveInSeconds: {
      type: 'integer',
      ...TTL,
      description: 'How long the session token lives, in seconds: 60 to 86400, 600 when not given.',
    },
    deviceCorrelationId: {
      type: ['string', 'null'],
      ...DEVICE_CORRELATION_ID,
      description: 'A unique id per end-user device, for rate limiting; must be given unless the client sets it.',
    },
    deviceCorrelationIdSetInClient: {
      type: 'boolean',
      default: false,
      description: 'Whether the client device supplies its own deviceCorrelationId; false when not given.',
    },
  };
}

function commonCreateProperties(version: ContractVersion): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {
    ...baseCreateFields(),
    sendResultsToClient: {
      type: 'boolean',
      default: false,
      description: 'Whether the device gets the result (200 with a body) or only 204; false when not given.',
    },
  };
  if (hasCapability(version, 'sessionImages')) {
    properties.enableSessionImage = { type: 'boolean', description: 'Whether to store the session image.' };
    properties.livenessSingleModalModel = ref('LivenessModel');
  }
  return properties;
}

/** A create body: exact, the mode required, the deviceCorrelationId rule applied. */
export function createSchema(properties: Record<string, JsonSchema>, description: string, source: string): JsonSchema {
  return {
    type: 'object',
    description,
    $comment: source,
    required: ['livenessOperationMode'],
    properties,
    additionalProperties: false,
    ...DEVICE_CORRELATION_RULE,
  };
}

/** The with-verify-only create fields of v1.2-preview.1 (kept by v1.2). */
export function verifyOnlyFields(): Record<string, JsonSchema> {
  return {
    returnVerifyImageHash: { type: 'boolean', description: 'Whether to return the verify image hash.' },
    verifyConfidenceThreshold: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Confidence threshold for the face verification, 0 to 1.',
    },
  };
}

/** Create request bodies (exact: unknown fields are violations) and create results (lenient). */
export function createDefinitions(version: ContractVersion): DefinitionSet {
  const verifyOnly = hasCapability(version, 'sessionImages') ? verifyOnlyFields() : {};
  return {
    CreateLivenessSessionContent: createSchema(
      commonCreateProperties(version),
      'Body of Create Liveness Session.',
      'CONTRACT.md §1 op 1: seed 003 CreateLivenessWithVerifySessionJsonContent without the verify-only fields',
    ),
    CreateLivenessWithVerifySessionJsonContent: createSchema(
      { ...commonCreateProperties(version), ...verifyOnly },
      'Body of Create Liveness With Verify Session (JSON), or its multipart `Parameters` part.',
      'seed 003 (sv) request body and Definitions: CreateLivenessWithVerifySessionJsonContent',
    ),
    CreateLivenessSessionResult: {
      type: 'object',
      description: 'What a create answers: the session id and the token the device will use.',
      $comment: 'CONTRACT.md §1 op 1 (same as seed 003 result without verifyImage)',
      required: ['sessionId', 'authToken'],
      properties: {
        sessionId: { type: 'string', description: 'The new session id.' },
        authToken: { type: 'string', description: 'Bearer token for the client device; limited to this session.' },
      },
    },
    CreateLivenessWithVerifySessionResult: {
      type: 'object',
      description: 'What a with-verify create answers; `verifyImage` is filled when a verify image was sent.',
      $comment: 'seed 003 (sv) Definitions: CreateLivenessWithVerifySessionResult',
      required: ['sessionId', 'authToken'],
      properties: {
        sessionId: { type: 'string', description: 'The new session id.' },
        authToken: { type: 'string', description: 'Bearer token for the client device; limited to this session.' },
        verifyImage: ref('LivenessWithVerifyImage'),
      },
    },
  };
}
