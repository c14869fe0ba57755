/**
 * The configuration the spec files register their tests for and the fixtures build a runtime from: parsed
 * and checked once, by `npm run conformance` or by globalSetup (specs/globalSetup.ts), and handed to every
 * process of the run (runner/config.ts: FACE_SUITE_CONFIG). A spec never reads FACE_* variables itself.
 */
import { test } from '@playwright/test';
import type { SuiteConfig } from '../runner';
import { handConfig, handedConfig, loadConfig } from '../runner';

/** The configuration a harness is registering the spec files for (`registerFor`), if any. */
let registering: SuiteConfig | undefined;

/**
 * The run's configuration. When nothing handed one down (a Playwright invocation whose globalSetup did
 * not run, e.g. `--list`), the runner process parses it here, once, and hands it to the workers it starts.
 */
export function runConfig(): SuiteConfig {
  if (registering) return registering;
  let config = handedConfig();
  if (!config) {
    config = loadConfig();
    handConfig(config);
  }
  return config;
}

/**
 * Loads spec files for one target's configuration (a harness that runs the suite against several targets
 * in one invocation: tests/selfcheck). The files register their tests for `config`'s version; point the
 * tests at the target with the `suiteConfig` option in the same describe block.
 */
export function registerFor(config: SuiteConfig, load: () => void): void {
  const saved = registering;
  registering = config;
  try {
    load();
  } finally {
    registering = saved;
  }
}

/**
 * What a spec file registers when it does not apply to the run's version: one test (`test(...notForThisVersion(
 * LEFT_OUT.x))`, in the spec file so the report names it), skipped, saying what the file covers and for which
 * versions (runner/titles.ts `LEFT_OUT`, whose plan entries have the same keys): left out on purpose, not silently.
 */
export function notForThisVersion(file: { key: string; reason: string }): [string, () => void] {
  const reason = `${file.reason}; this run is API ${runConfig().apiVersion}`;
  return [file.key, () => test.skip(true, reason)];
}
