import { DEFAULT_API_VERSION } from '../schemas';
import { handedConfig, loadConfig } from '../runner';
import { requireCompleteFromEnv } from './verdict';

/** What the report says of the run's target, taken from the run's configuration. */
export interface RunTarget {
  target: string;
  apiVersion: string;
  seed: number;
  reportDir: string;
  /** Whether an incomplete run exits 1 (FACE_REQUIRE_COMPLETE). */
  requireComplete: boolean;
}

/**
 * The target of the run: from the configuration the run parsed once and handed down (runner/config.ts).
 * A merge job (`merge-reports`) has none handed: it reads the variables it was given. Never throws: a merge
 * job may run without the credentials the shards had, and a report must still be written (raw variables
 * are used then).
 */
export function runTarget(env: Record<string, string | undefined> = process.env): RunTarget {
  try {
    const c = handedConfig(env) ?? loadConfig(env);
    return {
      target: c.endpoint ?? 'embedded mock',
      apiVersion: c.apiVersion,
      seed: c.seed,
      reportDir: c.reportDir,
      requireComplete: c.requireComplete,
    };
  } catch {
    const seed = Number(env.FACE_SEED);
    return {
      target: env.FACE_ENDPOINT?.trim() || 'embedded mock',
      apiVersion: env.FACE_API_VERSION?.trim() || DEFAULT_API_VERSION,
      seed: Number.isInteger(seed) && env.FACE_SEED ? seed : 42,
      reportDir: env.FACE_REPORT_DIR?.trim() || 'reports/conformance',
      requireComplete: requireCompleteFromEnv(env),
    };
  }
}
