import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

const SOURCE = 'CONTRACT.md §5 (v1.2 GA; no seed covers it)';

/** A v1.2 session as a create or get answered it, with what the test knows about it. */
export interface SessionObservation {
  status: number;
  session: Record<string, unknown> | undefined;
}

function attemptsOf(session: Record<string, unknown> | undefined): unknown {
  return (session?.results as { attempts?: unknown } | undefined)?.attempts;
}

/** §5: create answers the whole session, new: status NotStarted, `results.attempts` empty, a token. */
export const createReturnsWholeSession = defineCheck<SessionObservation>({
  name: 'createReturnsWholeSession',
  requires: ['attempts'],
  title: 'Create answers the whole new session (NotStarted, no attempts)',
  rule: 'CONTRACT.md §5: create returns the whole session {sessionId, authToken, status, modelVersion, results: {attempts[]}}; a new one is NotStarted',
  source: SOURCE,
  needs: ['write'],
  applies: ({ status }) => status === 200,
  evaluate: ({ session }) => {
    const findings: Finding[] = [];
    for (const field of ['sessionId', 'authToken', 'modelVersion'] as const) {
      if (typeof session?.[field] !== 'string') {
        findings.push({
          message: `${field} missing`,
          pointer: `/${field}`,
          expected: 'a string',
          received: show(session?.[field]),
        });
      }
    }
    if (session?.status !== 'NotStarted') {
      findings.push({
        message: 'new session not NotStarted',
        pointer: '/status',
        expected: '"NotStarted"',
        received: show(session?.status),
      });
    }
    const attempts = attemptsOf(session);
    if (!Array.isArray(attempts) || attempts.length > 0) {
      findings.push({
        message: 'new session without an empty attempt list',
        pointer: '/results/attempts',
        expected: '[]',
        received: show(attempts, 80),
      });
    }
    return findings;
  },
});

/** §5: attempts are numbered from 1, one per device call, in order. (How status follows them is not documented.) */
export const attemptsNumberedFromOne = defineCheck<SessionObservation & { calls: number }>({
  name: 'attemptsNumberedFromOne',
  requires: ['attempts'],
  title: 'Attempts are numbered 1..n, one per device call',
  rule: 'CONTRACT.md §5: each attempt is {attemptId (from 1), attemptStatus, result | error}',
  source: SOURCE,
  needs: ['write', 'deviceSimulation'],
  evaluate: ({ session, calls }) => {
    const attempts = attemptsOf(session);
    // The order of attempts is not documented (the examples list the newest first): any order passes.
    const ids = Array.isArray(attempts)
      ? attempts
          .map((a) => (a as { attemptId?: unknown }).attemptId)
          .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : 0))
      : undefined;
    const expected = Array.from({ length: calls }, (_, i) => i + 1);
    return JSON.stringify(ids) === JSON.stringify(expected)
      ? []
      : [
          {
            message: 'attempt ids not 1..n',
            pointer: '/results/attempts',
            expected: show(expected),
            received: show(ids),
          },
        ];
  },
});
