import { enumDefinitions } from '../enums';
import type { DefinitionSet, JsonSchema } from '../types';

/** Where every GA definition comes from: no seed covers v1.2, CONTRACT.md §5 digests it. */
export const GA_SOURCE = 'CONTRACT.md §5 (v1.2 GA; no seed covers it)';

function enumSchema(description: string, values: string[], note: string): JsonSchema {
  return { type: 'string', enum: values, description, $comment: `${GA_SOURCE}: ${note}` };
}

/** Preview enum definitions that v1.2 keeps as they are. */
function unchanged(...names: string[]): DefinitionSet {
  const preview = enumDefinitions();
  return Object.fromEntries(names.map((name) => [name, preview[name]]));
}

/** The enums of v1.2; the ones §5 does not mention keep their preview values (CONTRACT.md §2). */
export function gaEnumDefinitions(): DefinitionSet {
  return {
    OperationState: enumSchema(
      'Where a session, or one attempt of it, is: not started, running, succeeded, failed or canceled.',
      ['NotStarted', 'Running', 'Succeeded', 'Failed', 'Canceled'],
      'status NotStarted | Running | Succeeded | Failed | Canceled (replaces FaceSessionStatus)',
    ),
    LivenessModel: enumSchema(
      'The liveness model version a session runs.',
      ['2024-11-15'],
      'livenessModelVersion, only value 2024-11-15',
    ),
    // Unchanged by §5: the preview definitions, with their seed sources.
    ...unchanged('LivenessOperationMode', 'LivenessDecision', 'QualityForRecognition'),
  };
}
