import { ref } from '../../ids';
import { DEVICE_CORRELATION_RULE, baseCreateFields } from '../create';
import type { DefinitionSet, JsonSchema } from '../types';
import { GA_SOURCE } from './enums';

/** Fields both v1.2 create requests take; `sendResultsToClient` is gone, the model field renamed. */
function commonFields(): Record<string, JsonSchema> {
  return {
    ...baseCreateFields(),
    enableSessionImage: { type: 'boolean', description: 'Whether to store the session image.' },
    livenessModelVersion: ref('LivenessModel'),
  };
}

function createSchema(properties: Record<string, JsonSchema>, description: string, note: string): JsonSchema {
  return {
    type: 'object',
    description,
    $comment: `${GA_SOURCE}: ${note}`,
    required: ['livenessOperationMode'],
    properties,
    additionalProperties: false,
    ...DEVICE_CORRELATION_RULE,
  };
}

/**
 * v1.2 create requests (exact). The with-verify create is multipart only, with flat fields: its
 * definition describes the non-file fields as typed values; the image is the file part `verifyImage`.
 */
export function gaCreateDefinitions(): DefinitionSet {
  return {
    CreateLivenessSessionContent: createSchema(
      commonFields(),
      'Body of Create Liveness Session (v1.2, JSON).',
      'create body; livenessSingleModalModel renamed livenessModelVersion, sendResultsToClient gone',
    ),
    CreateLivenessWithVerifySessionContent: createSchema(
      {
        ...commonFields(),
        returnVerifyImageHash: { type: 'boolean', description: 'Whether to return the verify image hash.' },
        verifyConfidenceThreshold: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Confidence threshold for the face verification, 0 to 1.',
        },
      },
      'The flat multipart fields of Create Liveness With Verify Session (v1.2), beside the file part verifyImage.',
      'with-verify create is multipart only, flat fields, image part verifyImage',
    ),
  };
}
