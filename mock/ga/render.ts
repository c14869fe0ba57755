import type { FaultSet } from '../faults';
import type { GaSession } from './store';

/**
 * A whole v1.2 session, as create and get return it (CONTRACT.md §5): `NotStarted` until the first
 * attempt, then the newest attempt's status; attempts oldest first.
 */
export function renderGaSession(session: GaSession, faults: FaultSet): Record<string, unknown> {
  const newest = session.attempts[session.attempts.length - 1];
  const fromZero = faults.has('ga-attempts-from-zero');
  return {
    sessionId: session.id,
    authToken: session.token,
    status: newest ? newest.attemptStatus : faults.has('ga-create-started') ? 'Started' : 'NotStarted',
    modelVersion: session.modelVersion,
    results: { attempts: session.attempts.map((a) => ({ ...a, attemptId: fromZero ? a.attemptId - 1 : a.attemptId })) },
  };
}
