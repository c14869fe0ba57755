import type { GaSession } from './store';

/**
 * A whole v1.2 session, as create and get return it (CONTRACT.md §5): `NotStarted` until the first
 * attempt, then the newest attempt's status; attempts oldest first.
 */
export function renderGaSession(session: GaSession): Record<string, unknown> {
  const newest = session.attempts[session.attempts.length - 1];
  return {
    sessionId: session.id,
    authToken: session.token,
    status: newest ? newest.attemptStatus : 'NotStarted',
    modelVersion: session.modelVersion,
    results: { attempts: session.attempts.map((a) => ({ ...a })) },
  };
}
