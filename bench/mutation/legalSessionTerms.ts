/**
 * Legal mutants of v1.3-preview.1's session terms (mock/settings/session.ts: attempt limit, expected IP,
 * what an attempt adds) and of the whole-session design's session image (mock/attempts/image.ts): part of
 * the register (bench/mutation/legalMutants.ts).
 */
import type { LegalMutant } from './legalMutant';
import { NOT_SEEN } from './legalMutant';

/** The basis of what an attempt of a v1.3 session adds beside the GA design's members. */
const ATTEMPT_CLIENT =
  "v1.3 swagger LivenessSessionAttempt: clientInformation and abuseMonitoringResult are not required; rule v1.3-preview.1.attempt.clientIp is not checkable (the address depends on the network), and isAbuseDetected / otherFlaggedSessions are the service's findings, not a rule";

/** The basis of the session image made from frames that are no image. */
const OPAQUE_FRAMES =
  "CONTRACT.md §1: the simulated device call's Content is opaque (the suite sends frames, not a real capture); the session image is checked to be an image (sessionImageIsImage), which the placeholder is";

/** The session terms' and session image's legal mutants. */
export const SESSION_TERMS_MUTANTS: LegalMutant[] = [
  ...(
    [
      ['LogicalOperator', 'sent === undefined || !Number.isInteger(sent)', undefined],
      ['ConditionalExpression', 'sent === undefined', 'false'],
    ] as const
  ).map(([mutator, original, replacement]): LegalMutant => ({
    file: 'mock/settings/session.ts',
    mutator,
    original,
    whole: true,
    ...(replacement === undefined ? {} : { replacement }),
    reason:
      'equivalent: an attempt count the create validation let through is an integer or absent (absent: 1 either way)',
    basis: NOT_SEEN,
  })),
  {
    file: 'mock/settings/session.ts',
    mutator: 'ConditionalExpression',
    original: 'values.expectedClientIpAddress === undefined',
    replacement: 'false',
    reason: 'equivalent: a member set to undefined is not serialized',
    basis: `JSON.stringify (${NOT_SEEN})`,
  },
  {
    file: 'mock/settings/session.ts',
    mutator: 'StringLiteral',
    original: "'AttemptsExhausted'",
    reason: 'another error code for a device call beyond the attempts allowed',
    basis:
      'CONTRACT.md §5: once used up a further call is refused; no document names its status or code (attemptLimitHonoured takes any 4xx)',
  },
  ...(
    [
      ['BlockStatement', '{\n  if (values === undefined) return {};\n  const ip'],
      ['LogicalOperator', "ctx.req.socket.remoteAddress ?? '127.0.0.1'"],
      ['StringLiteral', "'127.0.0.1'"],
      ['Regex', '/^::ffff:/'],
      ['StringLiteral', "''"],
      ['ObjectLiteral', '{\n    clientInformation:'],
      ['ArrayDeclaration', "[ctx.config.faults.has('v13-client-information-without-ip')"],
      ['ObjectLiteral', '{ abuseMonitoringResult: { isAbuseDetected: false, otherFlaggedSessions: [] } }'],
      ['ObjectLiteral', '{ isAbuseDetected: false, otherFlaggedSessions: [] }'],
      ['BooleanLiteral', 'false'],
      ['ArrayDeclaration', '[]'],
    ] as const
  ).map(([mutator, original]): LegalMutant => ({
    file: 'mock/settings/session.ts',
    mutator,
    original,
    reason: 'an attempt shows no clientInformation or abuseMonitoringResult, or other contents in them',
    basis: ATTEMPT_CLIENT,
  })),
  {
    file: 'mock/settings/session.ts',
    mutator: 'ConditionalExpression',
    original: 'values === undefined',
    replacement: 'true',
    reason: 'an attempt shows no clientInformation or abuseMonitoringResult',
    basis: ATTEMPT_CLIENT,
  },
  ...(
    [
      ['ArrowFunction', "(t) => t.mime?.startsWith('image/')"],
      ['MethodExpression', "t.mime?.startsWith('image/')", true],
      ['OptionalChaining', 't.mime?.startsWith'],
      ['StringLiteral', "'image/'"],
    ] as const
  ).map((entry): LegalMutant => ({
    file: 'mock/attempts/image.ts',
    mutator: entry[0],
    original: entry[1],
    whole: entry.length > 2,
    reason: 'the session image is the placeholder JPEG whatever the frames (or the frames whatever their type)',
    basis: OPAQUE_FRAMES,
  })),
];
