/**
 * The run's plan under a request budget: per test, the requests its first pass needs (every rule it
 * checks, once: each operation's documented boundary and invalid cases and auth variants, one valid case,
 * the canonical lifecycle with its device calls) and the repetitions it would add (property runs after the
 * first, random command sequences). The budget server reserves each test's first pass, so a small budget
 * checks every rule once before any rule twice (runner/budget.ts). `npm run conformance -- --plan`
 * prints it without sending anything. Computed from what the specs send: the generated cases, split as
 * the specs split them (`firstPerLabel`, `splitBoundaries`), and the canonical sequences summed from what
 * their commands say they send (`sequenceRequests`); requests that depend on the server (list pages) are
 * bounded. tests/specs/planHonest.spec.ts runs every version against the mock and holds each reservation
 * between what its test sent and twice that (or 10 more).
 */
import type { ContractVersion, OperationSpec } from '../schemas';
import type { Capability } from '../schemas';
import {
  SESSION_FAMILIES,
  contractFor,
  createDefinitionFor,
  familyOperation,
  hasCapabilities,
  operationsFor,
} from '../schemas';
import type { RequestCase } from '../generators';
import { boundaryCases, boundaryRequests, describeOperation, negativeRequests } from '../generators';
import type { SuiteConfig } from './config';
import { gaPaths, previewPaths } from './model/everyPath';
import { attemptsCanonical, previewCanonical } from './model/canonical';
import { sequenceRequests } from './model/commands';
import { PAGE_THROUGH_REQUESTS } from './model/observe';
import { SESSION_IMAGE_SETUP_REQUESTS } from './sessionImage';

/** One test of the plan. `key` is its describe blocks and title, as the fixture names it. */
export interface PlanEntry {
  key: string;
  /** What it checks, in a few words. */
  checks: string;
  /** Requests of its first pass (reserved). */
  coverage: number;
  /** Requests of its repetitions (granted from what the reserves leave). */
  extra: number;
  /** Why it sends nothing against this target, when it does not. */
  skipped?: string;
}

const FAMILIES = SESSION_FAMILIES;
/** Requests of one run of the whole-session round trip (specs/wholeSessions.spec.ts): create, get, delete, get. */
const ROUND_TRIP = 4;
/**
 * Requests of the sizes steps (runner/model/sizes.ts), repetitions: a session with 11 device calls, its
 * trail read twice, deleted; 3 sessions created, a list read, 3 deletes.
 */
const SIZES = 1 + 11 + 2 + 1 + (3 + 1 + 3);
/** Requests of one random command sequence (up to 10 commands of 1–4 requests). */
const SEQUENCE = 25;
/** Whether another operation of the version takes `definition` as its whole JSON body (its rules are checked there). */
function jsonBodyElsewhere(version: ContractVersion, operationId: string, definition: string): boolean {
  return operationsFor(version).some((op) => {
    const body = op.id === operationId ? undefined : describeOperation(version, op.id).body;
    return body?.kind === 'json' && body.definition === definition;
  });
}

/**
 * Whether a negative case repeats, in the first pass, a rule another case already checks: a case the
 * documents leave open (a server may accept it or refuse it: no documented refusal to check), or a field
 * rule of a JSON part (`Parameters`) whose definition another operation takes as its JSON body (the same
 * rule, checked there; the part's own rules, malformed JSON and a missing part, stay).
 */
function repeatsARule(rc: RequestCase): boolean {
  const v = rc.violation;
  if (!v) return false;
  if (!v.documented) return true;
  if (v.location !== 'part' || !v.part || v.keyword === 'contentMediaType' || v.scenario === 'missing-part')
    return false;
  const part = describeOperation(rc.version, rc.operationId).body;
  const definition = part?.kind === 'multipart' ? part.parts.find((p) => p.name === v.part)?.definition : undefined;
  return definition !== undefined && jsonBodyElsewhere(rc.version, rc.operationId, definition);
}

/**
 * Splits labelled cases into the first pass (the first of each label: each boundary, each kind of invalid
 * value at each pointer, each auth variant; one check of each documented rule) and the repetitions (the same
 * label's other variants, the cases the documents leave open, a JSON part's field rules already checked on
 * a JSON body: `repeatsARule`).
 */
export function firstPerLabel(cases: RequestCase[]): { first: RequestCase[]; again: RequestCase[] } {
  const seen = new Set<string>();
  const first: RequestCase[] = [];
  const again: RequestCase[] = [];
  for (const rc of cases) {
    if (seen.has(rc.label) || repeatsARule(rc)) again.push(rc);
    else {
      seen.add(rc.label);
      first.push(rc);
    }
  }
  return { first, again };
}

/**
 * Splits an operation's boundary requests (`boundaryRequests`) into the first pass and the repetitions: a
 * bound of a JSON part (`Parameters`) whose definition another operation takes as its whole JSON body is the
 * same rule, checked there (as `repeatsARule` for invalid values), so a repetition.
 */
export function splitBoundaries(
  version: ContractVersion,
  operationId: string,
  cases: RequestCase[],
): { first: RequestCase[]; again: RequestCase[] } {
  const body = describeOperation(version, operationId).body;
  const repeated = (body?.kind === 'multipart' ? body.parts : [])
    .filter((p) => p.definition !== undefined && jsonBodyElsewhere(version, operationId, p.definition))
    // The label boundaryRequests gives a part's bound (generators/requests/boundary.ts).
    .map((p) => `${operationId} positive part ${p.name} `);
  const again = cases.filter((rc) => repeated.some((prefix) => rc.label.startsWith(prefix)));
  return { first: cases.filter((rc) => !again.includes(rc)), again };
}

/** The invalid creates the whole-session tests send: all but the session-token case (its 401 is tested with the others). */
export const invalidCreate = (rc: RequestCase): boolean => rc.auth !== 'session-token';

/** Test titles shared with the specs, so the plan's keys are the tests' names. */
export const TITLES = {
  positive: 'positive: valid requests get a documented answer',
  negative: 'negative: invalid requests are refused with the documented error',
  boundary: 'boundary: values exactly on each documented bound, and every enum value, are accepted',
  families: (family: string, called: string) =>
    `families apart: a ${family} session is unknown to the ${called} operations`,
  gaBoundary: (family: string, version = 'v1.2') =>
    `${version} ${family}: values exactly on each documented bound, and every enum value, are accepted`,
  gaFamilies: (family: string, called: string, version = 'v1.2') =>
    `${version} families apart: a ${family} session is unknown to the ${called} get`,
  lifecycle: (family: string) => `session lifecycle, model-based (${family}): create, get, list, delete, device calls`,
  list: (family: string) =>
    `session list, read-only (${family}): sorted, start exclusive, top honoured, paged through once`,
  expiry: 'token expiry: a session token stops working after its TTL (opt-in, waits)',
  gaRoundTrip: (family: string, version = 'v1.2') =>
    `${version} ${family}: valid creates return the whole session; get, delete 204, then 404`,
  gaAttempts: (family: string, version = 'v1.2') =>
    `${version} ${family}: each simulated device call adds an attempt, numbered from 1`,
  gaAuth: (family: string, version = 'v1.2') =>
    `${version} ${family}: no key or a wrong key gets 401; an unknown session 404`,
  gaInvalid: (family: string, version = 'v1.2') =>
    `${version} ${family}: invalid creates are refused with the documented error`,
  gaExpiry: (version: string, what: string) =>
    `${version} token expiry: a session token stops working after ${what} (opt-in, waits)`,
  gaLifecycle: (family: string, version: string) =>
    `${version} session lifecycle, model-based (${family}): create, get, device calls, wrong auth, delete`,
  v13Attempts: (family: string) =>
    `v1.3-preview.1 ${family}: the values sent are read back; calls within numberOfClientAttemptsAllowed are accepted, the next refused`,
  v13Settings:
    'v1.3-preview.1 settings: PATCH /settings answers and keeps the value set (then restores it); 401 without the key',
  v13Token: 'v1.3-preview.1 client assets token: a token, its expiry and its base64 form; 401 without the key',
  v13SessionImage: 'v1.3-preview.1 session image: the image of an attempt can be read, and is an image',
};

/** The capabilities the tests of the attempt limit, expected IP and settings (specs/attemptLimitAndSettings.spec.ts) need. */
export const ADDITIONS_REQUIRE: readonly Capability[] = ['attemptLimit', 'expectedClientIp', 'settings'];

/**
 * The spec files a run leaves out because they are for other versions: each registers one skipped test,
 * titled `key`, with `reason` (specs/runConfig.ts `notForThisVersion`), so the report shows it.
 */
export const LEFT_OUT = {
  operations: { key: 'preview operations', reason: 'the preview operations are tested with a preview API version' },
  lifecycle: { key: 'preview session lifecycle', reason: 'the preview lifecycle is tested with a preview API version' },
  families: { key: 'preview families apart', reason: 'the preview families are tested with a preview API version' },
  expiry: { key: 'preview token expiry', reason: 'the preview token expiry is tested with a preview API version' },
  ga: {
    key: 'v1.2 suite',
    reason: 'the v1.2 (GA) suite runs with FACE_API_VERSION=v1.2 or v1.3-preview.1 (CONTRACT.md §5)',
  },
  gaLifecycle: {
    key: 'v1.2 session lifecycle',
    reason: 'the v1.2 (GA) model-based lifecycle runs with FACE_API_VERSION=v1.2 (CONTRACT.md §5)',
  },
  gaExpiry: {
    key: 'v1.2 token expiry',
    reason: 'the v1.2 (GA) token expiry runs with FACE_API_VERSION=v1.2 (CONTRACT.md §5)',
  },
  v13: {
    key: 'v1.3-preview.1 suite',
    reason: "v1.3-preview.1's own rules are tested with FACE_API_VERSION=v1.3-preview.1 (reference/README.md)",
  },
};

/** The plan entries of the left-out spec files of a version: nothing sent, skipped with the reason. */
function leftOutEntries(version: SuiteConfig['apiVersion']): PlanEntry[] {
  const files =
    contractFor(version).design === 'ga'
      ? [LEFT_OUT.operations, LEFT_OUT.lifecycle, LEFT_OUT.families, LEFT_OUT.expiry]
      : [LEFT_OUT.ga, LEFT_OUT.gaLifecycle, LEFT_OUT.gaExpiry];
  if (!hasCapabilities(version, ADDITIONS_REQUIRE)) files.push(LEFT_OUT.v13);
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
  out.push({
    key: TITLES.expiry,
    checks: 'token expiry (opt-in)',
    coverage: 3,
    extra: 0,
    skipped: config.expiryWaitMs === undefined ? 'opt-in (FACE_CHECK_EXPIRY_WAIT_MS)' : undefined,
  });
  return out;
}

function gaEntries(config: SuiteConfig): PlanEntry[] {
  const out: PlanEntry[] = [];
  const version = config.apiVersion;
  const runs = Math.max(2, Math.ceil(config.numRuns / 2));
  for (const family of FAMILIES) {
    const create = familyOperation(version, family, 'create').id;
    const invalid = firstPerLabel(negativeRequests(version, create).filter(invalidCreate));
    const bounds = boundaryCases(version, createDefinitionFor(version, family)).length;
    const ro = config.readOnly ? 'read-only run' : undefined;
    out.push(
      {
        key: TITLES.gaRoundTrip(family, version),
        checks: 'create, get, delete, 404',
        coverage: ROUND_TRIP,
        extra: (runs - 1) * ROUND_TRIP,
        skipped: ro,
      },
      { key: TITLES.gaAttempts(family, version), checks: 'device attempts', coverage: 6, extra: 0, skipped: ro },
      {
        key: TITLES.gaAuth(family, version),
        checks: '401 and 404 answers',
        coverage: config.readOnly ? 5 : 10,
        extra: 0,
      },
      {
        key: TITLES.gaInvalid(family, version),
        checks: `${create}: ${invalid.first.length} invalid cases; ${invalid.again.length} more variants`,
        coverage: invalid.first.length,
        extra: invalid.again.length,
        skipped: ro,
      },
      {
        key: TITLES.gaBoundary(family, version),
        // Each bound value: a create, then its delete.
        checks: `${bounds} values on documented bounds`,
        coverage: 2 * bounds,
        extra: 0,
        skipped: ro,
      },
      {
        key: TITLES.gaLifecycle(family, config.apiVersion),
        checks: 'canonical lifecycle: create, get, device calls, session image, wrong auth, delete, token after delete',
        coverage: sequenceRequests(attemptsCanonical(version, family), config.deviceSimulation),
        extra: sequenceRequests(gaPaths(config.deviceSimulation), config.deviceSimulation) + runs * SEQUENCE,
        skipped: ro,
      },
      {
        key: TITLES.gaFamilies(family, family === 'liveness' ? 'livenessWithVerify' : 'liveness', version),
        checks: "a session unknown to the other family's get, its token refused by the other device path",
        coverage: config.deviceSimulation ? 4 : 3,
        extra: 0,
        skipped: ro,
      },
    );
  }
  for (const what of ['its TTL', 'the default TTL (600 s) when created without one']) {
    out.push({
      key: TITLES.gaExpiry(config.apiVersion, what),
      checks: 'token expiry (opt-in)',
      coverage: 3,
      extra: 0,
      skipped: config.expiryWaitMs === undefined ? 'opt-in (FACE_CHECK_EXPIRY_WAIT_MS)' : undefined,
    });
  }
  return out;
}

/** v1.3-preview.1's own tests (specs/attemptLimitAndSettings.spec.ts); none for another version. */
function v13Entries(config: SuiteConfig): PlanEntry[] {
  if (!hasCapabilities(config.apiVersion, ADDITIONS_REQUIRE)) return [];
  const ro = config.readOnly ? 'read-only run' : undefined;
  const noDevice = config.deviceSimulation ? undefined : 'no device simulation';
  return [
    // create, get, the allowed calls and one more, delete: 2 attempts allowed for liveness, 1 for with-verify.
    {
      key: TITLES.v13Attempts('liveness'),
      checks: 'values read back, attempts allowed',
      coverage: 6,
      extra: 0,
      skipped: ro ?? noDevice,
    },
    {
      key: TITLES.v13Attempts('livenessWithVerify'),
      checks: 'values read back, attempts allowed',
      coverage: 5,
      extra: 0,
      skipped: ro ?? noDevice,
    },
    {
      key: TITLES.v13Settings,
      // A read and 2 wrong keys; then a PATCH and a read, and the PATCH back and a read.
      checks: 'settings persist both ways, 401s',
      coverage: config.readOnly ? 3 : 7,
      extra: 0,
    },
    { key: TITLES.v13Token, checks: 'client assets token shape, 401s', coverage: 3, extra: 0 },
    // create, a device call, get, the image, delete.
    {
      key: TITLES.v13SessionImage,
      checks: 'session image is an image',
      coverage: 5,
      extra: 0,
      skipped: ro ?? noDevice,
    },
  ];
}

/** The plan of a run with this configuration. */
export function planFor(config: SuiteConfig): PlanEntry[] {
  const version = config.apiVersion;
  const entries =
    contractFor(version).design === 'ga'
      ? [...gaEntries(config), ...v13Entries(config)]
      : previewEntries(config, version);
  return [...entries, ...leftOutEntries(version)];
}

/** The first-pass requests reserved per test key (tests that send nothing reserve nothing). */
export function planReserve(config: SuiteConfig): Record<string, number> {
  return Object.fromEntries(planFor(config).map((e) => [e.key, e.skipped ? 0 : e.coverage]));
}
