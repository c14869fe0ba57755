import { bearer } from '../auth';
import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { deviceParts, sha256, simulatedDecision } from '../deviceCall';
import { HttpError, sendEmpty } from '../http';
import { nextAttemptId, sentResourceKey } from './faults';
import { FACE_RECTANGLE, sessionImageOf } from './image';
import type { GaAttempt, GaSession } from './store';
import { attemptClientFields, refuseBeyondAllowed } from '../settings';

const unauthorized = (message: string): HttpError => new HttpError(401, '401', message);

/** The live, unexpired v1.2 session of the path's family whose token the device sent; else 401. */
function authorize(ctx: HandlerContext): GaSession {
  const { faults } = ctx.config;
  const token = bearer(ctx.req);
  const session = token === undefined ? undefined : ctx.state.ga.byToken(token);
  if (session && (session.family === familyOf(ctx) || faults.has('token-crosses-families'))) {
    const deleted = session.deleted && !faults.has('token-works-after-delete');
    const expired = ctx.now >= session.createdAt + session.ttl * 1000 && !faults.has('expired-token-accepted');
    if (!deleted && !expired) return session;
    throw unauthorized('the session token has expired or its session was deleted; create a new session');
  }
  throw unauthorized('access denied: send the session authToken as Authorization: Bearer <authToken>');
}

/** What one attempt found: the decision from the frames' text, the face, the digest, image and verify result. */
function attemptResult(ctx: HandlerContext, session: GaSession, content: Buffer): Record<string, unknown> {
  const { faults } = ctx.config;
  const result: Record<string, unknown> = {
    livenessDecision: simulatedDecision(content, faults, 'attempt-spoof-decision-outside-enum'),
    targets: { color: { faceRectangle: { ...FACE_RECTANGLE } } },
    digest: sha256(ctx.body).toUpperCase(),
  };
  if (session.enableSessionImage && !faults.has('ga-session-image-not-stored')) {
    result.sessionImageId = ctx.state.ga.addImage(session, sessionImageOf(content));
  }
  if (session.family === 'livenessWithVerify') {
    result.verifyResult = { matchConfidence: 0.93, isIdentical: true };
    if (session.returnVerifyImageHash && session.verifyImage) {
      const hashed = faults.has('ga-verify-image-hash-wrong') ? content : session.verifyImage;
      result.verifyImageHash = sha256(hashed);
    }
  }
  return result;
}

/**
 * The simulated v1.2 device call (our protocol; CONTRACT.md §5 has none): `Authorization: Bearer
 * <authToken>`, multipart with a part `Content`. Appends one `Succeeded` attempt numbered from 1 and
 * answers 204: v1.2 has no sendResultsToClient, the result is read with Get Session Result.
 */
export async function detectLivenessGa(ctx: HandlerContext): Promise<void> {
  const { faults } = ctx.config;
  if (faults.has('device-accepts-resource-key') && sentResourceKey(ctx)) return sendEmpty(ctx.res, 204);
  const session = authorize(ctx);
  refuseBeyondAllowed(ctx, session.terms, session.attempts.length);
  const { content } = await deviceParts(ctx);
  if (!faults.has('ga-device-call-no-attempt')) {
    const attempt: GaAttempt = {
      attemptId: nextAttemptId(session.attempts, faults),
      attemptStatus: 'Succeeded',
      result: attemptResult(ctx, session, content.bytes),
      ...attemptClientFields(ctx, session.terms),
    };
    if (faults.has('ga-attempt-replaces-previous')) session.attempts.splice(0, session.attempts.length);
    session.attempts.push(attempt);
  }
  sendEmpty(ctx.res, 204);
}
