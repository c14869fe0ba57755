import { ref } from '../ids';
import type { DefinitionSet } from './types';

/**
 * The body of a liveness call and its parts. Every member may be absent: the seeds' own audit example
 * records `body: {}` (CONTRACT.md §2), so none is required.
 */
export function livenessResultDefinitions(): DefinitionSet {
  return {
    FaceRectangle: {
      type: 'object',
      description: 'A rectangle, in pixels, locating a face in an image.',
      $comment: 'seeds 000 (ja), 001 (fr), 003 (sv) Definitions: FaceRectangle',
      properties: {
        top: { type: 'integer', description: 'Distance from the top edge of the image, in pixels.' },
        left: { type: 'integer', description: 'Distance from the left edge of the image, in pixels.' },
        width: { type: 'integer', description: 'Width of the rectangle, in pixels.' },
        height: { type: 'integer', description: 'Height of the rectangle, in pixels.' },
      },
    },
    LivenessOutputsTarget: {
      type: 'object',
      description: 'Where the classified face was found: file, frame offset, image kind and rectangle.',
      $comment: 'seeds 000 (ja), 001 (fr) Definitions: LivenessOutputsTarget',
      properties: {
        faceRectangle: ref('FaceRectangle'),
        fileName: { type: 'string', description: 'The file holding the classified face.' },
        imageType: ref('ImageType'),
        timeOffsetWithinFile: { type: 'integer', description: 'Offset of the frame within the file.' },
      },
    },
    LivenessWithVerifyImage: {
      type: 'object',
      description: 'The face found in the verify (reference) image.',
      $comment: 'seeds 000 (ja), 001 (fr), 003 (sv) Definitions: LivenessWithVerifyImage',
      properties: {
        faceRectangle: ref('FaceRectangle'),
        qualityForRecognition: ref('QualityForRecognition'),
      },
    },
    LivenessWithVerifyOutputs: {
      type: 'object',
      description: 'Outcome of comparing the live face with the verify image; only for with-verify calls.',
      $comment: 'seeds 000 (ja), 001 (fr) Definitions: LivenessWithVerifyOutputs',
      properties: {
        isIdentical: { type: 'boolean', description: 'Whether the live face and the verify image match.' },
        matchConfidence: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Confidence of the match, from 0 to 1.',
        },
        verifyImage: ref('LivenessWithVerifyImage'),
      },
    },
    LivenessResponseBody: {
      type: 'object',
      description: 'What a liveness call answers: the decision, the target, the model, and the verify outcome.',
      $comment: 'seeds 000 (ja), 001 (fr) Definitions: LivenessResponseBody',
      properties: {
        livenessDecision: ref('LivenessDecision'),
        target: ref('LivenessOutputsTarget'),
        modelVersionUsed: ref('LivenessModel'),
        verifyResult: ref('LivenessWithVerifyOutputs'),
      },
    },
  };
}
