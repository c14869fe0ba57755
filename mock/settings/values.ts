/**
 * What v1.3-preview.1 keeps beside a v1.2 session and of the resource (reference/README.md "v1.3-preview.1
 * against v1.2"): plain values, imported by the GA store without the handlers (no import cycle).
 */

/**
 * A session's terms: what a create adds to a GA-design session in a version with the attempt limit
 * (capabilities attemptLimit, userCorrelation, expectedClientIp, abuseMonitoring; v1.3-preview.1's additions).
 */
export interface SessionTerms {
  /** How many device calls the token allows (1..3; 1 when not given). */
  attemptsAllowed: number;
  userCorrelationId?: string | null;
  expectedClientIpAddress?: string;
  /** The resource's abuse-monitoring setting when the session was created. */
  isAbuseMonitoringEnabled: boolean;
}

/** The resource's liveness settings (v1.3-preview.1 `/settings`); abuse monitoring starts off. */
export interface LivenessSettings {
  livenessAbuseMonitoring: { enabled: boolean };
}

/** A fresh settings object. */
export function defaultSettings(): LivenessSettings {
  return { livenessAbuseMonitoring: { enabled: false } };
}
