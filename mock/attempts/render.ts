import type { FaultSet } from '../faults';
import { renderGaAttempt } from './faults';
import { VERIFY_FACE_RECTANGLE } from './image';
import type { GaSession } from './store';
import { renderSessionTerms } from '../settings';

/** The face a with-verify session found in its verify image (v1.2 swagger LivenessWithVerifyReference). */
function verifyReferences(session: GaSession, faults: FaultSet): Record<string, unknown> {
  if (session.family !== 'livenessWithVerify' || faults.has('ga-verify-references-missing')) return {};
  return {
    verifyReferences: [{ referenceType: 'Color', faceRectangle: VERIFY_FACE_RECTANGLE, qualityForRecognition: 'high' }],
  };
}

/** The session status: NotStarted until the first attempt, then the newest attempt's (planted faults aside). */
function statusOf(session: GaSession, faults: FaultSet): string {
  const newest = session.attempts[session.attempts.length - 1];
  if (newest && !faults.has('ga-status-ignores-attempts')) return newest.attemptStatus;
  if (faults.has('ga-status-outside-enum')) return 'Completed';
  return faults.has('ga-create-started') ? 'Started' : 'NotStarted';
}

/**
 * A whole v1.2 session, as create and get return it (CONTRACT.md §5): `NotStarted` until the first
 * attempt, then the newest attempt's status; attempts oldest first; with-verify sessions add the face
 * found in their verify image (`verifyReferences`).
 */
export function renderGaSession(session: GaSession, faults: FaultSet): Record<string, unknown> {
  const results = {
    attempts: session.attempts.map((a) => renderGaAttempt(a, faults)),
    ...verifyReferences(session, faults),
  };
  return {
    sessionId: session.id,
    authToken: session.token,
    status: statusOf(session, faults),
    // The fault reports another (v1.3-legal) model once a session has two attempts.
    modelVersion:
      faults.has('model-version-changes') && session.attempts.length >= 2 ? '2025-05-20' : session.modelVersion,
    ...renderSessionTerms(session.terms, faults, session.attempts.length),
    ...(faults.has('ga-session-without-results') ? {} : { results }),
  };
}
