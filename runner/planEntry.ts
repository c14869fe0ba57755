import type { SuiteConfig } from './config';

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

/** Requests of one random command sequence (up to 10 commands of 1–4 requests). */
export const SEQUENCE = 25;

/** An opt-in token-expiry test of `requests` requests, skipped unless the run is asked to wait for expiry. */
export function expiryEntry(key: string, config: SuiteConfig, requests: number): PlanEntry {
  const skipped = config.expiryWaitMs === undefined ? 'opt-in (FACE_CHECK_EXPIRY_WAIT_MS)' : undefined;
  return { key, checks: 'token expiry (opt-in)', coverage: requests, extra: 0, skipped };
}
