/**
 * The planted faults of create-body validation (mock/faults.ts names them): code only a fault reaches, in a
 * file named faults.ts so mutation testing leaves it out (bench/mutation/stryker.config.json), as it does
 * the catalogue. mock/createBody.ts calls it; with no fault on, every function here changes nothing.
 */
import type { SchemaViolation } from '../../schemas';
import type { FaultSet } from '../faults';

/** Which input-validation fault, if on, lets a violation through. */
export function tolerated(v: SchemaViolation, faults: FaultSet): boolean {
  const field = v.keyword === 'required' ? String(v.params.missingProperty) : v.instancePath.split('/')[1];
  if (field === 'authTokenTimeToLiveInSeconds') {
    return (
      (v.keyword === 'minimum' && faults.has('accept-ttl-below-minimum')) ||
      (v.keyword === 'maximum' && faults.has('accept-ttl-above-maximum'))
    );
  }
  if (field === 'livenessOperationMode') {
    return (
      (v.keyword === 'required' && faults.has('accept-missing-operation-mode')) ||
      (v.keyword === 'enum' && faults.has('accept-unknown-operation-mode'))
    );
  }
  if (field === 'deviceCorrelationId') {
    return (
      (v.keyword === 'required' && faults.has('accept-missing-device-id')) ||
      (v.keyword === 'maxLength' && faults.has('accept-long-device-id'))
    );
  }
  if (field === 'verifyConfidenceThreshold') {
    return ['minimum', 'maximum'].includes(v.keyword) && faults.has('ga-accept-threshold-out-of-range');
  }
  if (field === 'livenessModelVersion') return v.keyword === 'enum' && faults.has('ga-accept-unknown-model-version');
  return false;
}

/** The accept-non-integer-ttl fault: a fractional TTL read as an integer by truncation (600.5 → 600). */
export function truncatedTtl(value: unknown, faults: FaultSet): unknown {
  if (!faults.has('accept-non-integer-ttl') || !value || typeof value !== 'object') return value;
  const ttl = (value as { authTokenTimeToLiveInSeconds?: unknown }).authTokenTimeToLiveInSeconds;
  if (typeof ttl !== 'number' || !Number.isFinite(ttl)) return value;
  return { ...value, authTokenTimeToLiveInSeconds: Math.trunc(ttl) };
}

/** The default TTL the default-ttl faults give (300 instead of 600), or undefined with neither on. */
export function wrongDefaultTtl(
  body: { deviceCorrelationIdSetInClient?: boolean },
  faults: FaultSet,
): number | undefined {
  const setInClient = body.deviceCorrelationIdSetInClient === true;
  const wrong =
    faults.has('default-ttl-not-600') || (setInClient && faults.has('default-ttl-wrong-when-set-in-client'));
  return wrong ? 300 : undefined;
}
