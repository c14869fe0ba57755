import { simulatedDecision } from '../deviceCall';
import type { FaultSet } from '../faults';
import type { Part } from '../multipart';
import type { Session } from '../state';

/** The face found in any verify image: the mock does not look at the bytes. */
export const VERIFY_IMAGE_FACE = {
  faceRectangle: { top: 80, left: 60, width: 120, height: 120 },
  qualityForRecognition: 'high',
} as const;

/** Where the simulated model finds the live face (a constant of its own: its mutants are told from the target's). */
const TARGET_FACE = { top: 100, left: 90, width: 160, height: 200 };

/** The model a session reports when its create named none. */
export const DEFAULT_MODEL = '2022-10-15-preview.04';

/** The `LivenessResponseBody` of a simulated device call (CONTRACT.md §2). */
export function livenessResult(session: Session | undefined, content: Part, faults: FaultSet): Record<string, unknown> {
  const body: Record<string, unknown> = {
    livenessDecision: faults.has('decision-outside-enum')
      ? 'real'
      : simulatedDecision(content.bytes, faults, 'spoof-decision-outside-enum'),
    target: {
      faceRectangle: TARGET_FACE,
      fileName: content.filename || 'content',
      imageType: 'Color',
      timeOffsetWithinFile: 0,
    },
    modelVersionUsed: (faults.has('model-version-ignored') ? undefined : session?.model) ?? DEFAULT_MODEL,
  };
  if (faults.has('target-file-name-missing')) delete (body.target as Record<string, unknown>).fileName;
  if (session?.family === 'livenessWithVerify' || faults.has('verify-result-on-liveness')) {
    body.verifyResult = { isIdentical: true, matchConfidence: 0.93, verifyImage: VERIFY_IMAGE_FACE };
  }
  return body;
}
