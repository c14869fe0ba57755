/**
 * The run's plan under a request budget: per test, the requests its first pass needs (every rule it
 * checks, once: each operation's documented boundary and invalid cases and auth variants, one valid case,
 * the canonical lifecycle with its device calls) and the repetitions it would add (property runs after the
 * first, random command sequences). The budget server reserves each test's first pass, so a small budget
 * checks every rule once before any rule twice (runner/budget.ts). `npm run conformance -- --plan`
 * prints it without sending anything. Computed from what the specs send: the generated cases, split as
 * the specs split them (`firstPerLabel`, `splitBoundaries` in runner/firstPass.ts), and the canonical sequences summed from what
 * their commands say they send (`sequenceRequests`); requests that depend on the server (list pages) are
 * bounded. tests/specs/versionRuns.spec.ts runs every version against the mock and holds each reservation
 * between what its test sent and twice that (or 10 more). The keys are the tests' titles (runner/titles.ts);
 * the GA-design tests' entries are in runner/planWholeSessions.ts.
 */
import type { ContractVersion, OperationSpec } from '../schemas';
import { SESSION_FAMILIES, contractFor, hasCapabilities, operationsFor } from '../schemas';
import { boundaryRequests, negativeRequests } from '../generators';
import type { SuiteConfig } from './config';
import { firstPerLabel, splitBoundaries } from './firstPass';
import { previewCanonical } from './model/canonical';
import { sequenceRequests } from './model/commands';
import { previewPaths } from './model/everyPath';
import { PAGE_THROUGH_REQUESTS } from './model/observe';
import type { PlanEntry } from './planEntry';
import { SEQUENCE, expiryEntry } from './planEntry';
import { attemptLimitAndSettingsEntries, wholeSessionEntries } from './planWholeSessions';
import { SESSION_IMAGE_SETUP_REQUESTS } from './sessionImage';
import { ADDITIONS_REQUIRE, LEFT_OUT, TITLES } from './titles';

export type { PlanEntry } from './planEntry';

const FAMILIES = SESSION_FAMILIES;
/**
 * Requests of the sizes steps (runner/model/sizes.ts), repetitions: a session with 11 device calls, its
 * trail read twice, deleted; 3 sessions created, a list read, 3 deletes.
 */
const SIZES = 1 + 11 + 2 + 1 + (3 + 1 + 3);

/** The plan entries of the left-out spec files of a version: nothing sent, skipped with the reason. */
function leftOutEntries(version: SuiteConfig['apiVersion']): PlanEntry[] {
  const files =
    contractFor(version).design === 'ga'
      ? [LEFT_OUT.operations, LEFT_OUT.lifecycle, LEFT_OUT.families, LEFT_OUT.expiry]
      : [LEFT_OUT.wholeSessions, LEFT_OUT.attemptsLifecycle, LEFT_OUT.attemptsExpiry];
  if (!hasCapabilities(version, ADDITIONS_REQUIRE)) files.push(LEFT_OUT.attemptLimitAndSettings);
  return files.map(({ key, reason }) => ({
    key,
    checks: 'nothing (another version)',
    coverage: 0,
    extra: 0,
    skipped: reason,
  }));
}

/** Requests to get a path parameter for an operation (a session to address; a session image). */
function setupRequests(op: OperationSpec): number {
  if (op.role === 'sessionImage') return SESSION_IMAGE_SETUP_REQUESTS;
  return op.family !== 'sessionImage' && (op.pathParams.length > 0 || op.kind === 'device') ? 1 : 0;
}

/** The entries of the preview tests: each operation's positive, boundary and negative tests, the lifecycles, lists, families. */
function previewEntries(config: SuiteConfig, version: ContractVersion): PlanEntry[] {
  const out: PlanEntry[] = [];
  const writes = (op: OperationSpec): boolean => op.method !== 'GET';
  for (const op of operationsFor(version)) {
    const noDevice = op.kind === 'device' && !config.deviceSimulation ? 'no device simulation' : undefined;
    const del = op.method === 'DELETE' ? 1 : 0;
    out.push({
      key: `${op.id} › ${TITLES.positive}`,
      checks: `exchange checks on ${op.id}, one valid request`,
      coverage: setupRequests(op) + 1 + del,
      extra: (config.numRuns - 1) * (1 + del),
      skipped: noDevice ?? (config.readOnly && writes(op) ? 'read-only run' : undefined),
    });
    const params = { sessionId: 'plan', sessionImageId: 'plan' };
    const bounds = splitBoundaries(
      version,
      op.id,
      boundaryRequests(version, op.id, { pathParams: params, verifyImage: 'include' }),
    );
    if (bounds.first.length + bounds.again.length > 0)
      out.push({
        key: `${op.id} › ${TITLES.boundary}`,
        checks: `${bounds.first.length} values on documented bounds and enum values of ${op.id}; ${bounds.again.length} already checked on a JSON body`,
        coverage: setupRequests(op) + bounds.first.length,
        extra: bounds.again.length,
        skipped: noDevice ?? (config.readOnly && writes(op) ? 'read-only run' : undefined),
      });
    const { first, again } = firstPerLabel(
      negativeRequests(version, op.id, { pathParams: params, verifyImage: 'include' }).filter(
        (rc) => !config.readOnly || rc.method === 'GET',
      ),
    );
    // A session token for the "session token on a management call" case, when the test has no session.
    const token =
      !config.readOnly && op.kind === 'management' && (op.family === 'sessionImage' || setupRequests(op) === 0) ? 1 : 0;
    // An unknown id (a session's, a session image's): 404.
    const unknown = op.pathParams.some((p) => p === 'sessionId' || p === 'sessionImageId') ? 1 : 0;
    out.push({
      key: `${op.id} › ${TITLES.negative}`,
      checks: `exchange checks on ${op.id}: ${first.length} invalid, boundary and auth cases${unknown ? ', an unknown id' : ''}; ${again.length} more variants`,
      coverage: setupRequests(op) + token + first.length + unknown,
      extra: again.length,
      skipped: noDevice,
    });
  }
  const device = config.deviceSimulation;
  const sequences = Math.max(2, Math.ceil(config.numRuns / 2));
  for (const family of FAMILIES) {
    out.push({
      key: TITLES.lifecycle(family),
      checks: 'canonical lifecycle: create, get, device calls, list, delete, read after delete',
      coverage: sequenceRequests(previewCanonical(version, family, device), device),
      // The fixed paths first among the repetitions (runner/model/everyPath.ts), then sizes and random sequences.
      extra: sequenceRequests(previewPaths(family, device), device) + SIZES + sequences * SEQUENCE,
      skipped: config.readOnly ? 'read-only run' : undefined,
    });
    out.push({
      key: TITLES.list(family),
      checks: 'list order, start, top, paging',
      coverage: PAGE_THROUGH_REQUESTS,
      extra: 0,
    });
    out.push({
      key: TITLES.families(family, family === 'liveness' ? 'livenessWithVerify' : 'liveness'),
      checks: "a session unknown to the other family's operations",
      // A session, then the other family's get, audit trail, list and (with device simulation) device call.
      coverage: 1 + 3 + (device ? 1 : 0),
      extra: 0,
      skipped: config.readOnly ? 'read-only run' : undefined,
    });
  }
  // A create, up to 4 long-lived neighbours, the list page showing both before and after the wait, the device
  // call and the read after the TTL.
  out.push(expiryEntry(TITLES.expiry, config, 9));
  return out;
}

/** The plan of a run with this configuration. */
export function planFor(config: SuiteConfig): PlanEntry[] {
  const version = config.apiVersion;
  const entries =
    contractFor(version).design === 'ga'
      ? [...wholeSessionEntries(config), ...attemptLimitAndSettingsEntries(config)]
      : previewEntries(config, version);
  return [...entries, ...leftOutEntries(version)];
}

/** The first-pass requests reserved per test key (tests that send nothing reserve nothing). */
export function planReserve(config: SuiteConfig): Record<string, number> {
  return Object.fromEntries(planFor(config).map((e) => [e.key, e.skipped ? 0 : e.coverage]));
}
