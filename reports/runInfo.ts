import { DEFAULT_API_VERSION } from '../schemas';
import { loadConfig } from '../runner';

/** What the report says of the run's target, taken from the environment the suite itself reads. */
export interface RunTarget {
  target: string;
  apiVersion: string;
  seed: number;
  reportDir: string;
}

/**
 * Reads the target from the suite's configuration. Never throws: a merge job may run without the
 * credentials the shards had, and a report must still be written (raw variables are used then).
 */
export function runTarget(env: Record<string, string | undefined> = process.env): RunTarget {
  try {
    const c = loadConfig(env);
    return { target: c.endpoint ?? 'embedded mock', apiVersion: c.apiVersion, seed: c.seed, reportDir: c.reportDir };
  } catch {
    const seed = Number(env.FACE_SEED);
    return {
      target: env.FACE_ENDPOINT?.trim() || 'embedded mock',
      apiVersion: env.FACE_API_VERSION?.trim() || DEFAULT_API_VERSION,
      seed: Number.isInteger(seed) && env.FACE_SEED ? seed : 42,
      reportDir: env.FACE_REPORT_DIR?.trim() || 'reports/conformance',
    };
  }
}
