import { operation } from '../schemas';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

const SOURCE = 'CONTRACT.md §5 (v1.2 GA; no seed covers it)';

/** A v1.2 session as a create or get answered it, with what the test knows about it. */
export interface GaObservation {
  status: number;
  session: Record<string, unknown> | undefined;
}

function attemptsOf(session: Record<string, unknown> | undefined): unknown {
  return (session?.results as { attempts?: unknown } | undefined)?.attempts;
}

/** §5: create answers the whole session, new: status NotStarted, `results.attempts` empty, a token. */
export const gaCreateReturnsWholeSession = defineCheck<GaObservation>({
  name: 'gaCreateReturnsWholeSession',
  requires: ['attempts'],
  title: 'v1.2 create answers the whole new session (NotStarted, no attempts)',
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

/** §5: a created session reads back as created: the same id and token, the model asked for. */
export const gaCreatedValuesPersisted = defineCheck<
  GaObservation & { created: Record<string, unknown>; fields: Record<string, unknown> }
>({
  name: 'gaCreatedValuesPersisted',
  requires: ['attempts'],
  title: 'A v1.2 session reads back with the id, token and model it was created with',
  rule: 'CONTRACT.md §5: Get Session Result returns the session create returned (a read may blank authToken to ""); livenessModelVersion is the session modelVersion when shown',
  source: SOURCE,
  needs: ['write'],
  evaluate: ({ status, session, created, fields }) => {
    if (status !== 200 || !session) {
      return [
        { message: 'created session not readable', pointer: '/status', expected: '200', received: String(status) },
      ];
    }
    const findings: Finding[] = [];
    const expect = (pointer: string, expected: unknown, received: unknown, message: string): void => {
      if (expected !== undefined && received !== undefined && expected !== received) {
        findings.push({ message, pointer, expected: show(expected), received: show(received) });
      }
    };
    expect('/sessionId', created.sessionId, session.sessionId ?? null, 'another session returned');
    // The real service answers `authToken: ""` on reads (conflict ga-read-auth-token-empty): only another token fails.
    if (session.authToken !== '')
      expect('/authToken', created.authToken, session.authToken, 'token differs from the one create returned');
    // Reads leave modelVersion out until an attempt exists (conflict ga-model-version-until-attempt).
    expect('/modelVersion', fields.livenessModelVersion, session.modelVersion, 'model not the one asked for');
    return findings;
  },
});

/**
 * §5: DELETE answers 204 (swagger, service) or 200 (the v1.2 examples; conflict reference-2-delete-status),
 * then Get Session Result answers 404.
 */
export const gaDeleteThenNotFound = defineCheck<{ deleteStatus: number; getStatus: number; deleteOperation: string }>({
  name: 'gaDeleteThenNotFound',
  requires: ['attempts'],
  title: 'v1.2 delete answers 204 (or 200), then the session is gone (404)',
  rule: 'CONTRACT.md §5: DELETE answers 204 (200 in the v1.2 examples: legal too); §3 rules 5-6: then Get Session Result gives 404',
  source: SOURCE,
  needs: ['write'],
  evaluate: ({ deleteStatus, getStatus, deleteOperation }) => {
    // The documented statuses come from the operation table (204, and 200 as the v1.2 examples show).
    const allowed = operation(deleteOperation).success.map((s) => s.status);
    return [
      ...(allowed.includes(deleteStatus)
        ? []
        : [
            {
              message: `delete not answered ${allowed.join(' or ')}`,
              pointer: '/status',
              expected: allowed.join(' or '),
              received: String(deleteStatus),
            },
          ]),
      ...(getStatus === 404
        ? []
        : [
            {
              message: 'deleted session still readable',
              pointer: '/status',
              expected: '404 on the next GET',
              received: String(getStatus),
            },
          ]),
    ];
  },
});

/** §5: attempts are numbered from 1, one per device call, in order. (How status follows them is not documented.) */
export const gaAttemptsNumberedFromOne = defineCheck<GaObservation & { calls: number }>({
  name: 'gaAttemptsNumberedFromOne',
  requires: ['attempts'],
  title: 'v1.2 attempts are numbered 1..n, one per device call',
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
