import { ref } from '../../ids';
import type { DefinitionSet, JsonSchema } from '../types';
import { GA_SOURCE } from './enums';

/** Where the members below come from: the official v1.2 swagger (../shared/reference/v1.2). */
const SWAGGER = 'v1.2 swagger (reference/v1.2/Face.liveness-excerpt.json)';
const note = (what: string): string => `${GA_SOURCE}; ${SWAGGER}: ${what}`;
/** An int32 stated as its range, as the v1.2-preview.1 definitions do (the generators make its bounds' cases). */
export const INT32 = { minimum: -2147483648, maximum: 2147483647 } as const;
const int32 = (description: string): JsonSchema => ({ type: 'integer', ...INT32, description });

/**
 * The v1.2 result members the swagger names beside §5's digest: the face rectangle of the classified face,
 * the targets of an attempt's result or error, and the verify references of a with-verify session.
 * Stated as the swagger states them (required members, int32), except `referenceType`, on which the
 * swagger, the examples and the real service disagree (reference README item 6: neither required nor an enum).
 */
export function gaResultDefinitions(): DefinitionSet {
  return {
    FaceRectangle: {
      type: 'object',
      description: 'A rectangle within which a face can be found, in pixels.',
      $comment: note('FaceRectangle {top, left, width, height}: required int32'),
      required: ['top', 'left', 'width', 'height'],
      properties: {
        top: int32('Distance from the top edge of the image to the top edge of the rectangle.'),
        left: int32('Distance from the left edge of the image to the left edge of the rectangle.'),
        width: int32('The width of the rectangle.'),
        height: int32('The height of the rectangle.'),
      },
    },
    LivenessColorDecisionTarget: {
      type: 'object',
      description: 'The target from the color image the liveness classification used.',
      $comment: note('LivenessColorDecisionTarget {faceRectangle} required'),
      required: ['faceRectangle'],
      properties: { faceRectangle: ref('FaceRectangle') },
    },
    LivenessDecisionTargets: {
      type: 'object',
      description: 'The targets the liveness classification used.',
      $comment: note('LivenessDecisionTargets {color} required'),
      required: ['color'],
      properties: { color: ref('LivenessColorDecisionTarget') },
    },
    LivenessWithVerifyReference: {
      type: 'object',
      description: 'The face of the verify image a with-verify session compares with.',
      $comment: note(
        'LivenessWithVerifyReference {referenceType, faceRectangle, qualityForRecognition}; referenceType is neither required nor limited to ImageType (reference README item 6)',
      ),
      required: ['faceRectangle', 'qualityForRecognition'],
      properties: {
        referenceType: { type: 'string', description: 'The image type the face rectangle is in.' },
        faceRectangle: ref('FaceRectangle'),
        qualityForRecognition: ref('QualityForRecognition'),
      },
    },
  };
}
