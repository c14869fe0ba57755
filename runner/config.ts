import { resolve } from 'node:path';
import type { ContractVersion } from '../schemas';
import { CONTRACT_VERSIONS, DEFAULT_API_VERSION, isContractVersion } from '../schemas';

/** A configuration mistake: reported as one line naming the variable and the fix; exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Everything a conformance run is told by its environment (and `.env`, through dotenv). */
export interface SuiteConfig {
  /** Scheme, host and port; the suite adds `/face/{apiVersion}`. Undefined: start the embedded mock. */
  endpoint?: string;
  apiKey?: string;
  aadToken?: string;
  /** A preview (CONTRACT.md §1) or the v1.2 GA redesign (§5): the GA runs specs/wholeSessions.spec.ts only. */
  apiVersion: ContractVersion;
  /** Whether the target accepts the simulated device call (CONTRACT.md §1). */
  deviceSimulation: boolean;
  /** fast-check seed; the same seed reproduces the same cases. */
  seed: number;
  /** Runs per property. */
  numRuns: number;
  /** fast-check replay path of a failure (FACE_FC_PATH), with FACE_SEED: replays just that case. */
  fcPath?: string;
  /** Only GETs, to sessions listed or given in `sessionIds`. */
  readOnly: boolean;
  /** Sessions a read-only run may read (FACE_SESSION_IDS); none by default. */
  sessionIds: string[];
  /**
   * Most requests the run may send (per shard when sharded), across workers, worker restarts and retries;
   * cleanup deletes are outside it. What does not fit is reported as not run (budget).
   */
  requestBudget: number;
  /** Per-request timeout (ms); a request without an answer in time ends the run's sending (target down). */
  requestTimeoutMs: number;
  /** A run that left rules unchecked (budget) exits 1 instead of 0 (FACE_REQUIRE_COMPLETE). */
  requireComplete: boolean;
  /** Most requests in flight at once, per worker. */
  concurrency: number;
  /** Most retries of one request after a 429. */
  maxRetries: number;
  /** Longest wait honoured from a Retry-After header, in ms. */
  maxRetryWaitMs: number;
  /**
   * The run's deadline in seconds (FACE_MAX_RUN_S, default 1200): past it no request starts, sessions are
   * cleaned up and the rest is reported "not run (deadline)"; 429 waits count against it.
   */
  maxRunS: number;
  /** Most bytes of an answer's body, on the wire and decompressed (FACE_MAX_RESPONSE_BYTES, default 8 MiB). */
  maxResponseBytes: number;
  /** Opt-in: wait for a token's TTL to pass and check it stops working; how long to wait (ms). */
  expiryWaitMs?: number;
  /** Where reports go. */
  reportDir: string;
  /**
   * The embedded mock answers as the real service does (FACE_MOCK_LIKE_SERVICE=true; mock/likeService), with
   * at most FACE_MOCK_RATE requests per second (default 10, S0-like; 0: no limit). Only without FACE_ENDPOINT.
   */
  mockLikeService?: { ratePerSecond: number };
  /**
   * The embedded mock takes every liberty the documents leave (FACE_MOCK_WIDEST=true; mock/widest), its
   * choices seeded by FACE_SEED. Combines with FACE_MOCK_LIKE_SERVICE. Only without FACE_ENDPOINT.
   */
  mockWidest?: boolean;
  /** Where the run saves its traffic as HAR (FACE_SAVE_HAR), an absolute path; undefined: not saved. */
  saveHar?: string;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `${name}=${raw} is not an integer in ${min}..${max}; set ${name} to a number in that range or unset it`,
    );
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} is not a boolean; set ${name} to true or false`);
}

function endpoint(env: Env): string | undefined {
  const raw = env.FACE_ENDPOINT?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `FACE_ENDPOINT=${raw} is not a URL; set it to scheme, host and port, e.g. https://my-face.cognitiveservices.azure.com`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError(
      `FACE_ENDPOINT=${raw} must use http or https; set it to e.g. https://my-face.cognitiveservices.azure.com`,
    );
  }
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search) {
    throw new ConfigError(
      `FACE_ENDPOINT=${raw} must have no path or query (the suite adds /face/{apiVersion}); set it to ${url.origin}`,
    );
  }
  return url.origin;
}

/**
 * Where a run saves its traffic (FACE_SAVE_HAR): `true` → `<reportDir>/traffic.har`, a path → that path,
 * unset/empty/`false` → not saved.
 */
function harSavePath(env: Env, reportDir: string): string | undefined {
  const raw = env.FACE_SAVE_HAR?.trim();
  if (!raw || ['false', '0', 'no'].includes(raw.toLowerCase())) return undefined;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return resolve(reportDir, 'traffic.har');
  if (raw.endsWith('/'))
    throw new ConfigError(`FACE_SAVE_HAR=${raw} is a directory; set it to a file such as ${raw}traffic.har`);
  return resolve(raw);
}

/** Reads and checks the configuration; throws ConfigError on the first mistake. */
export function loadConfig(env: Env = process.env): SuiteConfig {
  const version = env.FACE_API_VERSION?.trim() || DEFAULT_API_VERSION;
  if (!isContractVersion(version)) {
    throw new ConfigError(
      `FACE_API_VERSION=${version} is not a documented version; use one of ${CONTRACT_VERSIONS.join(', ')}`,
    );
  }
  const ep = endpoint(env);
  const apiKey = env.FACE_API_KEY?.trim() || undefined;
  const aadToken = env.FACE_AAD_TOKEN?.trim() || undefined;
  if (ep && !apiKey && !aadToken) {
    throw new ConfigError(
      'FACE_ENDPOINT is set but neither FACE_API_KEY nor FACE_AAD_TOKEN is; set one of them (or unset FACE_ENDPOINT to use the embedded mock)',
    );
  }
  const expiry = env.FACE_CHECK_EXPIRY_WAIT_MS;
  const likeService = bool(env, 'FACE_MOCK_LIKE_SERVICE', false);
  if (likeService && ep) {
    throw new ConfigError(
      'FACE_MOCK_LIKE_SERVICE applies to the embedded mock only, but FACE_ENDPOINT is set; unset one of them',
    );
  }
  const widest = bool(env, 'FACE_MOCK_WIDEST', false);
  if (widest && ep) {
    throw new ConfigError(
      'FACE_MOCK_WIDEST applies to the embedded mock only, but FACE_ENDPOINT is set; unset one of them',
    );
  }
  const reportDir = env.FACE_REPORT_DIR?.trim() || 'reports/conformance';
  const saveHar = harSavePath(env, reportDir);
  return {
    ...(widest ? { mockWidest: true } : {}),
    ...(likeService ? { mockLikeService: { ratePerSecond: int(env, 'FACE_MOCK_RATE', 10, 0, 100_000) } } : {}),
    endpoint: ep,
    apiKey,
    aadToken,
    apiVersion: version,
    deviceSimulation: ep ? bool(env, 'FACE_DEVICE_SIMULATION', false) : true,
    seed: int(env, 'FACE_SEED', 42, -(2 ** 31), 2 ** 31 - 1),
    numRuns: int(env, 'FACE_NUM_RUNS', 20, 1, 10_000),
    fcPath: env.FACE_FC_PATH?.trim() || undefined,
    readOnly: bool(env, 'FACE_READ_ONLY', false),
    sessionIds: (env.FACE_SESSION_IDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    requestBudget: int(env, 'FACE_REQUEST_BUDGET', 5000, 1, 10_000_000),
    requestTimeoutMs: int(env, 'FACE_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    requireComplete: bool(env, 'FACE_REQUIRE_COMPLETE', false),
    concurrency: int(env, 'FACE_CONCURRENCY', 4, 1, 256),
    maxRetries: int(env, 'FACE_MAX_RETRIES', 3, 0, 20),
    maxRetryWaitMs: int(env, 'FACE_MAX_RETRY_WAIT_MS', 30_000, 0, 600_000),
    maxRunS: int(env, 'FACE_MAX_RUN_S', 1200, 10, 604_800),
    maxResponseBytes: int(env, 'FACE_MAX_RESPONSE_BYTES', 8 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    expiryWaitMs: expiry ? int(env, 'FACE_CHECK_EXPIRY_WAIT_MS', 61_000, 0, 86_400_000) : undefined,
    reportDir,
    ...(saveHar ? { saveHar } : {}),
  };
}

/**
 * The variable that carries the run's configuration, parsed and checked once (by `npm run conformance` or
 * Playwright's globalSetup), to the processes that run the tests: Playwright workers inherit it.
 */
export const SUITE_CONFIG_ENV = 'FACE_SUITE_CONFIG';

/** The configuration handed down by the process that parsed it; undefined when none was. */
export function handedConfig(env: Env = process.env): SuiteConfig | undefined {
  const raw = env[SUITE_CONFIG_ENV];
  return raw ? (JSON.parse(raw) as SuiteConfig) : undefined;
}

/** Hands a parsed configuration to the processes this one starts (they read it with `handedConfig`). */
export function handConfig(config: SuiteConfig, env: Env = process.env): void {
  env[SUITE_CONFIG_ENV] = JSON.stringify(config);
}
