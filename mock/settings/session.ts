import { hasCapability } from '../../schemas';
import type { HandlerContext } from '../context';
import type { FaultSet } from '../faults';
import { HttpError } from '../http';
import type { SessionTerms } from './values';

/** The create fields of a session's terms (attempt limit, user correlation, expected IP) as the handler read them. */
export interface SessionTermsFields {
  numberOfClientAttemptsAllowed?: number;
  userCorrelationId?: string | null;
  expectedClientIpAddress?: string;
}

/**
 * The attempts a session allows: the value sent, else 1. A value outside 1..3 that got through (the real
 * service accepted 0: README item 4) is brought into the range.
 */
function attemptsAllowed(sent: number | undefined): number {
  if (sent === undefined || !Number.isInteger(sent)) return 1;
  return Math.min(3, Math.max(1, sent));
}

/** The terms of a new session, or undefined for a version without the attempt limit. */
export function sessionTermsOf(ctx: HandlerContext, body: SessionTermsFields): SessionTerms | undefined {
  if (!hasCapability(ctx.match.version, 'attemptLimit')) return undefined;
  const faults = ctx.config.faults;
  return {
    attemptsAllowed: faults.has('v13-attempts-allowed-ignored')
      ? 3
      : attemptsAllowed(body.numberOfClientAttemptsAllowed),
    userCorrelationId: body.userCorrelationId,
    expectedClientIpAddress: faults.has('v13-expected-ip-not-kept') ? undefined : body.expectedClientIpAddress,
    isAbuseMonitoringEnabled: ctx.state.ga.settings.livenessAbuseMonitoring.enabled,
  };
}

/** The fields a session with terms shows beside the GA design's (`attempts`: how many it has, for a fault). */
export function renderSessionTerms(
  values: SessionTerms | undefined,
  faults: FaultSet,
  attempts: number,
): Record<string, unknown> {
  if (!values) return {};
  // The fault forgets the expected IP once the session has an attempt.
  if (faults.has('v13-expected-ip-forgotten-after-attempt') && attempts > 0) {
    return renderSessionTerms({ ...values, expectedClientIpAddress: undefined }, faults, 0);
  }
  return {
    isAbuseMonitoringEnabled: faults.has('v13-abuse-flag-as-text')
      ? String(values.isAbuseMonitoringEnabled)
      : values.isAbuseMonitoringEnabled,
    ...(values.expectedClientIpAddress === undefined
      ? {}
      : { expectedClientIpAddress: values.expectedClientIpAddress }),
  };
}

/**
 * CONTRACT.md §5: once a session's attempts allowed are used up, a further device call is refused. The
 * documents name no status or code; the mock answers 403.
 */
export function refuseBeyondAllowed(ctx: HandlerContext, values: SessionTerms | undefined, made: number): void {
  if (!values || ctx.config.faults.has('v13-attempts-beyond-allowed-accepted')) return;
  if (made >= values.attemptsAllowed) {
    throw new HttpError(
      403,
      'AttemptsExhausted',
      `the session allows ${values.attemptsAllowed} attempt(s) and they are used; create a new session`,
    );
  }
}

/** What an attempt of a session with terms adds: the client seen, and the abuse-monitoring outcome when monitoring is on. */
export function attemptClientFields(ctx: HandlerContext, values: SessionTerms | undefined): Record<string, unknown> {
  if (values === undefined) return {};
  const ip = (ctx.req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return {
    clientInformation: [ctx.config.faults.has('v13-client-information-without-ip') ? { address: ip } : { ip }],
    ...(values.isAbuseMonitoringEnabled
      ? { abuseMonitoringResult: { isAbuseDetected: false, otherFlaggedSessions: [] } }
      : {}),
  };
}
