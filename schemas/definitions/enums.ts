import type { DefinitionSet, JsonSchema } from './types';

/**
 * The enums of the Definitions tables. The service marks them extensible (a later version may add
 * values), but within one version a value outside the list is a deviation (CONTRACT.md §2).
 */
function enumSchema(description: string, values: string[], source: string): JsonSchema {
  return { type: 'string', enum: values, description, $comment: source };
}

/** Enum definitions; identical in v1.1-preview.1 and v1.2-preview.1. */
export function enumDefinitions(): DefinitionSet {
  return {
    FaceSessionStatus: enumSchema(
      'Where a session is in its life: not started, started by the device, or holding a result.',
      ['NotStarted', 'Started', 'ResultAvailable'],
      'seed 000 (ja) Definitions: FaceSessionStatus',
    ),
    LivenessOperationMode: enumSchema(
      'Which liveness technique the client device runs: passive only, or passive with active fallback.',
      ['Passive', 'PassiveActive'],
      'seed 003 (sv) Definitions: LivenessOperationMode',
    ),
    LivenessDecision: enumSchema(
      'The liveness verdict for the target face.',
      ['uncertain', 'realface', 'spoofface'],
      'seeds 000 (ja), 001 (fr) Definitions: LivenessDecision',
    ),
    LivenessModel: enumSchema(
      'The liveness model version used for classification.',
      ['2022-10-15-preview.04', '2023-12-20-preview.06'],
      'seeds 000 (ja), 001 (fr), 003 (sv) Definitions: LivenessModel',
    ),
    ImageType: enumSchema(
      'The kind of image the face rectangle was found in.',
      ['Color', 'Infrared', 'Depth'],
      'seeds 000 (ja), 001 (fr) Definitions: ImageType',
    ),
    QualityForRecognition: enumSchema(
      'How usable the verify image is for face recognition.',
      ['low', 'medium', 'high'],
      'seeds 000 (ja), 001 (fr), 003 (sv) Definitions: QualityForRecognition',
    ),
  };
}
