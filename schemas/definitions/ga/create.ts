import { ref } from '../../ids';
import { baseCreateFields, createSchema, verifyOnlyFields } from '../create';
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

/**
 * v1.2 create requests (exact). The with-verify create is multipart only, with flat fields: its
 * definition describes the non-file fields as typed values; the image is the file part `verifyImage`.
 */
export function gaCreateDefinitions(): DefinitionSet {
  return {
    CreateLivenessSessionContent: createSchema(
      commonFields(),
      'Body of Create Liveness Session (v1.2, JSON).',
      `${GA_SOURCE}: create body; livenessSingleModalModel renamed livenessModelVersion, sendResultsToClient gone`,
    ),
    CreateLivenessWithVerifySessionContent: createSchema(
      { ...commonFields(), ...verifyOnlyFields() },
      'The flat multipart fields of Create Liveness With Verify Session (v1.2), beside the file part verifyImage.',
      `${GA_SOURCE}: with-verify create is multipart only, flat fields, image part verifyImage`,
    ),
  };
}
