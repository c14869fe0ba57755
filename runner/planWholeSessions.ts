/**
 * The plan entries of the GA-design tests (CONTRACT.md §5): whole sessions (specs/wholeSessions.spec.ts),
 * their model-based lifecycle and token expiry, and, for a version with them, the attempt limit and settings
 * (specs/attemptLimitAndSettings.spec.ts). Part of the run's plan (runner/plan.ts).
 */
import { SESSION_FAMILIES, createDefinitionFor, familyOperation, hasCapabilities } from '../schemas';
import { boundaryCases, negativeRequests } from '../generators';
import type { SuiteConfig } from './config';
import { firstPerLabel, invalidCreate } from './firstPass';
import { attemptsCanonical } from './model/canonical';
import { sequenceRequests } from './model/commands';
import { attemptsPaths } from './model/everyPath';
import type { PlanEntry } from './planEntry';
import { SEQUENCE, expiryEntry } from './planEntry';
import { ADDITIONS_REQUIRE, TITLES } from './titles';

/** Requests of one run of the whole-session round trip (specs/wholeSessions.spec.ts): create, get, delete, get. */
const ROUND_TRIP = 4;

/** The entries of whole sessions, their lifecycle and token expiry, for a GA-design version. */
export function wholeSessionEntries(config: SuiteConfig): PlanEntry[] {
  const out: PlanEntry[] = [];
  const version = config.apiVersion;
  const runs = Math.max(2, Math.ceil(config.numRuns / 2));
  for (const family of SESSION_FAMILIES) {
    const create = familyOperation(version, family, 'create').id;
    const invalid = firstPerLabel(negativeRequests(version, create).filter(invalidCreate));
    const bounds = boundaryCases(version, createDefinitionFor(version, family)).length;
    const ro = config.readOnly ? 'read-only run' : undefined;
    out.push(
      {
        key: TITLES.wholeSessionRoundTrip(version, family),
        checks: 'create, get, delete, 404',
        coverage: ROUND_TRIP,
        extra: (runs - 1) * ROUND_TRIP,
        skipped: ro,
      },
      { key: TITLES.attemptsNumbered(version, family), checks: 'device attempts', coverage: 6, extra: 0, skipped: ro },
      {
        key: TITLES.keyAndUnknownSession(version, family),
        checks: '401 and 404 answers',
        coverage: config.readOnly ? 5 : 10,
        extra: 0,
      },
      {
        key: TITLES.invalidCreates(version, family),
        checks: `${create}: ${invalid.first.length} invalid cases; ${invalid.again.length} more variants`,
        coverage: invalid.first.length,
        extra: invalid.again.length,
        skipped: ro,
      },
      {
        key: TITLES.createBoundary(version, family),
        // Each bound value: a create, then its delete.
        checks: `${bounds} values on documented bounds`,
        coverage: 2 * bounds,
        extra: 0,
        skipped: ro,
      },
      {
        key: TITLES.attemptsLifecycle(version, family),
        checks: 'canonical lifecycle: create, get, device calls, session image, wrong auth, delete, token after delete',
        coverage: sequenceRequests(attemptsCanonical(version, family), config.deviceSimulation),
        extra: sequenceRequests(attemptsPaths(config.deviceSimulation), config.deviceSimulation) + runs * SEQUENCE,
        skipped: ro,
      },
      {
        key: TITLES.familiesApartOnGet(version, family, family === 'liveness' ? 'livenessWithVerify' : 'liveness'),
        checks: "a session unknown to the other family's get, its token refused by the other device path",
        coverage: config.deviceSimulation ? 4 : 3,
        extra: 0,
        skipped: ro,
      },
    );
  }
  for (const what of ['its TTL', 'the default TTL (600 s) when created without one']) {
    // A create, the device call and the read after the TTL.
    out.push(expiryEntry(TITLES.tokenExpiryAfter(version, what), config, 3));
  }
  return out;
}

/** The tests of the attempt limit, expected IP and settings (specs/attemptLimitAndSettings.spec.ts); none for a version without them. */
export function attemptLimitAndSettingsEntries(config: SuiteConfig): PlanEntry[] {
  const version = config.apiVersion;
  if (!hasCapabilities(version, ADDITIONS_REQUIRE)) return [];
  const ro = config.readOnly ? 'read-only run' : undefined;
  const noDevice = config.deviceSimulation ? undefined : 'no device simulation';
  return [
    // create, get, the allowed calls and one more, delete: 2 attempts allowed for liveness, 1 for with-verify;
    // the liveness session (it names an expected IP) is read again after its attempts.
    {
      key: TITLES.attemptLimit(version, 'liveness'),
      checks: 'values read back, attempts allowed',
      coverage: 7,
      extra: 0,
      skipped: ro ?? noDevice,
    },
    {
      key: TITLES.attemptLimit(version, 'livenessWithVerify'),
      checks: 'values read back, attempts allowed',
      coverage: 5,
      extra: 0,
      skipped: ro ?? noDevice,
    },
    {
      key: TITLES.settings(version),
      // A read and 2 wrong keys; then a PATCH and a read, the PATCH back, an empty PATCH and a read.
      checks: 'settings persist both ways, an empty PATCH changes nothing, 401s',
      coverage: config.readOnly ? 3 : 8,
      extra: 0,
    },
    { key: TITLES.clientAssetsToken(version), checks: 'client assets token shape, 401s', coverage: 3, extra: 0 },
    // create, a device call, get, the image, delete.
    {
      key: TITLES.sessionImage(version),
      checks: 'session image is an image',
      coverage: 5,
      extra: 0,
      skipped: ro ?? noDevice,
    },
  ];
}
