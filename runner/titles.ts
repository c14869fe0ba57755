/**
 * The suite's test titles, shared by the specs and the plan (runner/plan.ts), so the plan's keys are the
 * tests' names; and the one skipped test a spec file registers when the run's version has none of its tests.
 * A title names the behaviour it tests; the titles of the GA-design tests start with the run's own version.
 */
import type { Capability } from '../schemas';
import { CONTRACT_VERSIONS, GA_VERSIONS, hasCapabilities } from '../schemas';

/** Test titles shared with the specs: the preview tests' (no version), then the GA-design tests' (the run's version). */
export const TITLES = {
  positive: 'positive: valid requests get a documented answer',
  negative: 'negative: invalid requests are refused with the documented error',
  boundary: 'boundary: values exactly on each documented bound, and every enum value, are accepted',
  families: (family: string, called: string) =>
    `families apart: a ${family} session is unknown to the ${called} operations`,
  lifecycle: (family: string) => `session lifecycle, model-based (${family}): create, get, list, delete, device calls`,
  list: (family: string) =>
    `session list, read-only (${family}): sorted, start exclusive, top honoured, paged through once`,
  expiry: 'token expiry: a session token stops working after its TTL (opt-in, waits)',
  createBoundary: (version: string, family: string) =>
    `${version} ${family}: values exactly on each documented bound, and every enum value, are accepted`,
  familiesApartOnGet: (version: string, family: string, called: string) =>
    `${version} families apart: a ${family} session is unknown to the ${called} get`,
  wholeSessionRoundTrip: (version: string, family: string) =>
    `${version} ${family}: valid creates return the whole session; get, delete 204, then 404`,
  attemptsNumbered: (version: string, family: string) =>
    `${version} ${family}: each simulated device call adds an attempt, numbered from 1`,
  keyAndUnknownSession: (version: string, family: string) =>
    `${version} ${family}: no key or a wrong key gets 401; an unknown session 404`,
  invalidCreates: (version: string, family: string) =>
    `${version} ${family}: invalid creates are refused with the documented error`,
  tokenExpiryAfter: (version: string, what: string) =>
    `${version} token expiry: a session token stops working after ${what} (opt-in, waits)`,
  attemptsLifecycle: (version: string, family: string) =>
    `${version} session lifecycle, model-based (${family}): create, get, device calls, wrong auth, delete`,
  attemptLimit: (version: string, family: string) =>
    `${version} ${family}: the values sent are read back; calls within numberOfClientAttemptsAllowed are accepted, the next refused`,
  settings: (version: string) =>
    `${version} settings: PATCH /settings answers and keeps the value set (then restores it); 401 without the key`,
  clientAssetsToken: (version: string) =>
    `${version} client assets token: a token, its expiry and its base64 form; 401 without the key`,
  sessionImage: (version: string) => `${version} session image: the image of an attempt can be read, and is an image`,
};

/** The capabilities the tests of the attempt limit, expected IP and settings (specs/attemptLimitAndSettings.spec.ts) need. */
export const ADDITIONS_REQUIRE: readonly Capability[] = ['attemptLimit', 'expectedClientIp', 'settings'];

/** The versions of the GA design (CONTRACT.md §5), for the reasons below. */
const GA_DESIGN = GA_VERSIONS.join(', ');
/** The versions with the attempt limit and settings, for the reasons below. */
const WITH_ADDITIONS = CONTRACT_VERSIONS.filter((v) => hasCapabilities(v, ADDITIONS_REQUIRE)).join(', ');

/**
 * The spec files a run leaves out because they are for other versions: each registers one skipped test,
 * titled `key`, with `reason` (specs/runConfig.ts `notForThisVersion`), so the report shows it.
 */
export const LEFT_OUT = {
  operations: { key: 'preview operations', reason: 'the preview operations are tested with a preview API version' },
  lifecycle: { key: 'preview session lifecycle', reason: 'the preview lifecycle is tested with a preview API version' },
  families: { key: 'preview families apart', reason: 'the preview families are tested with a preview API version' },
  expiry: { key: 'preview token expiry', reason: 'the preview token expiry is tested with a preview API version' },
  wholeSessions: {
    key: 'whole sessions (GA design)',
    reason: `whole sessions and attempts (CONTRACT.md §5) are tested with a GA-design API version (${GA_DESIGN})`,
  },
  attemptsLifecycle: {
    key: 'whole-session lifecycle (GA design)',
    reason: `the model-based lifecycle of whole sessions is tested with a GA-design API version (${GA_DESIGN})`,
  },
  attemptsExpiry: {
    key: 'whole-session token expiry (GA design)',
    reason: `the whole-session token expiry is tested with a GA-design API version (${GA_DESIGN})`,
  },
  attemptLimitAndSettings: {
    key: 'attempt limit and settings',
    reason: `the attempt limit, expected IP and settings are tested with a version that has them (${WITH_ADDITIONS}; reference/README.md)`,
  },
};
