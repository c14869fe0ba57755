/**
 * Every write read back (issue 23): what a session is given once (its id, creation and start times, TTL,
 * device id, model version) stays what it was on every later read of it.
 */
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/**
 * The fields a session keeps once they are set, in either design (previews: `id`; v1.2 and later:
 * `sessionId`; v1.3: the expected client IP create sent).
 */
export const KEPT_FIELDS = [
  'id',
  'sessionId',
  'createdDateTime',
  'sessionStartDateTime',
  'authTokenTimeToLiveInSeconds',
  'deviceCorrelationId',
  'modelVersion',
  'expectedClientIpAddress',
] as const;

/** Two date-times are the same instant, however each is written (offsets, fractional digits). */
const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return /T/.test(a) && /T/.test(b) && !Number.isNaN(x) && x === y;
};

/** The values first seen set on a session, and a later read of it. */
export interface KeptValues {
  first: Record<string, unknown>;
  later: Record<string, unknown>;
}

/**
 * A later read shows each kept field as it was first seen set. A field a read leaves out is not judged (the
 * response schemas are lenient; v1.2 reads leave `modelVersion` out until an attempt exists), and a field not
 * set yet (`sessionStartDateTime` before the device call, `null`) may be set later.
 */
export const sessionValuesKept = defineCheck<KeptValues>({
  name: 'sessionValuesKept',
  title: 'A session keeps its id, creation and start times, TTL, device id, model and expected IP once set',
  rule: 'CONTRACT.md §3 rule 3 (readable with the values sent) and §2 (createdDateTime: when the session was created; sessionStartDateTime: when the device started it); v1.2 conflict ga-model-version-until-attempt: modelVersion, when present, is the model asked for; v1.3 swagger LivenessSession.expectedClientIpAddress: the address create sent',
  source:
    'seed 000 (ja) LivenessSession createdDateTime, sessionStartDateTime, authTokenTimeToLiveInSeconds, deviceCorrelationId; v1.2 swagger LivenessSession sessionId, modelVersion; v1.3 swagger LivenessSession expectedClientIpAddress',
  needs: ['write'],
  evaluate: ({ first, later }) => {
    const findings: Finding[] = [];
    for (const [field, value] of Object.entries(first)) {
      if (!(field in later) || same(value, later[field])) continue;
      findings.push({
        message: `${field} changed between two reads of the session`,
        pointer: `/${field}`,
        expected: show(value),
        received: show(later[field]),
      });
    }
    return findings;
  },
});
