import { timingSafeEqual } from 'node:crypto';
import { bearer } from '../auth';
import type { HandlerContext } from '../context';
import type { FaultSet } from '../faults';
import type { GaAttempt } from './store';

/**
 * The planted faults of the v1.2 answers that change how a stored attempt reads (mock/faults.ts, `ga-*`).
 * Applied at render time, so every read shows them; the stored session stays clean.
 */
export function renderGaAttempt(attempt: GaAttempt, faults: FaultSet): Record<string, unknown> {
  const result: Record<string, unknown> = { ...attempt.result };
  if (faults.has('ga-result-without-targets')) delete result.targets;
  const face = (result.targets as { color?: { faceRectangle?: Record<string, number> } } | undefined)?.color
    ?.faceRectangle;
  if (face && faults.has('ga-face-rectangle-fractional')) {
    result.targets = { color: { faceRectangle: { ...face, width: face.width + 0.5 } } };
  }
  if (face && faults.has('ga-face-rectangle-beyond-int32')) {
    result.targets = { color: { faceRectangle: { ...face, top: 2 ** 31 } } };
  }
  const verify = result.verifyResult as Record<string, unknown> | undefined;
  if (verify && faults.has('ga-match-confidence-above-one')) result.verifyResult = { ...verify, matchConfidence: 1.5 };
  const rendered: Record<string, unknown> = {
    ...attempt,
    attemptId: faults.has('ga-attempts-from-zero') ? attempt.attemptId - 1 : attempt.attemptId,
    result,
  };
  if (faults.has('ga-attempt-result-and-error')) {
    rendered.error = { code: 'FaceWithMaskDetected', message: 'Mask detected on face image.', targets: result.targets };
  }
  return rendered;
}

/** The attempt id the next device call gets: the next from 1, or every other one under a fault. */
export function nextAttemptId(attempts: readonly GaAttempt[], faults: FaultSet): number {
  return faults.has('ga-attempt-ids-skip') ? 2 * attempts.length + 1 : attempts.length + 1;
}

/**
 * Whether a device call carries the resource key: the test of fault device-accepts-resource-key, which answers
 * such a call 204 on the device path (no attempt appended).
 */
export function sentResourceKey(ctx: HandlerContext): boolean {
  const key = Buffer.from(ctx.config.key);
  return [ctx.req.headers['ocp-apim-subscription-key'], bearer(ctx.req)].some((v) => {
    const sent = Buffer.from(typeof v === 'string' ? v : '');
    return sent.length === key.length && timingSafeEqual(sent, key);
  });
}
