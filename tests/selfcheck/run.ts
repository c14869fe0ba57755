import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockHandle } from '../../mock';
import { startMock } from '../../mock';
import type { ContractVersion } from '../../schemas';
import { hasCapabilities, isGaVersion } from '../../schemas';
import { ADDITIONS_REQUIRE } from '../../runner';
import type { TestOutcomes } from '../../runner';
import { loadConfig } from '../../runner';
import type { SpecFile, TargetRun } from './conformance.config';
import { FAIL_FAST_ENV, TARGETS_ENV } from './conformance.config';
import type { Target } from './targets';

const root = join(__dirname, '..', '..');
const KEY = 'selfcheck-key-0123456789abcdef';

/** What the run reported for one target: the checks that failed and passed, and every test's outcomes. */
export interface TargetResult {
  failedChecks: Set<string>;
  passedChecks: Set<string>;
  outcomes: TestOutcomes[];
  /** Tests of the target that ended other than passed or skipped (a crash, a timeout), with their error. */
  errors: string[];
  /** Sum of the target's test durations, in ms. */
  durationMs: number;
  /** The reasons of the target's skipped tests (an opt-in test not asked for, a request refused). */
  skips: string[];
}

/** One self-check run: its exit code, its output, and what each target reported. */
export interface SelfCheckRun {
  code: number | null;
  output: string;
  seconds: number;
  results: Map<string, TargetResult>;
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: {
    title: string;
    tests: {
      status: string;
      annotations?: { type: string; description?: string }[];
      results: {
        status: string;
        duration: number;
        error?: { message?: string };
        attachments: { name: string; body?: string }[];
      }[];
    }[];
  }[];
}

function resultOf(results: Map<string, TargetResult>, name: string): TargetResult {
  let r = results.get(name);
  if (!r) {
    r = { failedChecks: new Set(), passedChecks: new Set(), outcomes: [], errors: [], durationMs: 0, skips: [] };
    results.set(name, r);
  }
  return r;
}

/** Collects a target's describe block (`name`), with everything nested in it. */
function collect(suite: JsonSuite, name: string, results: Map<string, TargetResult>): void {
  for (const child of suite.suites ?? []) collect(child, name, results);
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) {
      const target = resultOf(results, name);
      for (const a of t.annotations ?? []) if (a.type === 'skip') target.skips.push(a.description ?? '');
      for (const r of t.results) {
        target.durationMs += r.duration;
        if (!['passed', 'skipped'].includes(r.status))
          target.errors.push(`${spec.title}: ${r.status} ${r.error?.message ?? ''}`);
        for (const a of r.attachments) {
          if (a.name !== 'liveness-outcomes' || !a.body) continue;
          const o = JSON.parse(Buffer.from(a.body, 'base64').toString('utf8')) as TestOutcomes;
          target.outcomes.push(o);
          for (const f of o.failures) target.failedChecks.add(f.check);
          for (const x of o.outcomes) if (x.passed > 0) target.passedChecks.add(x.check);
        }
      }
    }
  }
}

/** The name of a target's describe block in the run, and its key in the results. */
export const runName = (t: Target): string => `${t.version} ${t.name}`;

/** The spec files a version's run loads. */
const specsOf = (version: ContractVersion): SpecFile[] =>
  hasCapabilities(version, ADDITIONS_REQUIRE)
    ? ['wholeSessions', 'attemptsLifecycle', 'attemptsExpiry', 'attemptLimitAndSettings']
    : isGaVersion(version)
      ? ['wholeSessions', 'attemptsLifecycle', 'attemptsExpiry']
      : ['operations', 'lifecycle', 'families', 'expiry'];

/**
 * Runs the conformance suite against every target at once: one mock per target, all in this process
 * (each on its own port, with its own memory and clock), and one Playwright invocation in which every
 * target is a describe block over the suite's spec files (tests/selfcheck/conformance.targets.ts).
 * `failFast`: the run stops at the first test with a failed check (a mutation run needs only one; all
 * targets must then be clean ones, as a fault target's expected failure would stop it too).
 */
export async function runSelfCheck(targets: Target[], { failFast = false } = {}): Promise<SelfCheckRun> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'selfcheck-'));
  const json = join(dir, 'results.json');
  const mocks: MockHandle[] = [];
  try {
    // What every target shares; each adds its version, its mock and its own variables.
    const shared = { FACE_API_KEY: KEY, FACE_DEVICE_SIMULATION: 'true', FACE_NUM_RUNS: '1', FACE_REPORT_DIR: dir };
    const runs: TargetRun[] = [];
    for (const t of targets) {
      const mock = await startMock({ ...t.mock, key: KEY });
      mocks.push(mock);
      const config = loadConfig({ ...shared, FACE_API_VERSION: t.version, FACE_ENDPOINT: mock.url, ...t.env });
      runs.push({ name: runName(t), config, specs: t.specs ?? specsOf(t.version), focus: t.focus });
    }
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      // Playwright found by Node's own resolution, not at `<root>/node_modules`: a mutation run's sandbox has no
      // node_modules of its own when the project's is a symlink (a worktree's), and finds it a folder up.
      const child = spawn(
        process.execPath,
        [require.resolve('@playwright/test/cli'), 'test', '-c', join(__dirname, 'conformance.config.ts')],
        {
          cwd: root,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            ...shared,
            PLAYWRIGHT_JSON_OUTPUT_NAME: json,
            ...(failFast ? { [FAIL_FAST_ENV]: '1' } : {}),
            [TARGETS_ENV]: JSON.stringify(runs),
          },
        },
      );
      // Both streams read: an unread pipe fills up and stalls the run.
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (c) => resolve({ code: c, output: out }));
    });
    const results = new Map<string, TargetResult>();
    let text = output;
    try {
      const report = JSON.parse(readFileSync(json, 'utf8')) as { suites?: JsonSuite[] };
      // File suite → one describe block per target (its title is the target's run name).
      for (const file of report.suites ?? []) for (const s of file.suites ?? []) collect(s, s.title, results);
    } catch (err) {
      text += `\n(no JSON report: ${(err as Error).message})`;
    }
    return { code, output: text, seconds: (Date.now() - started) / 1000, results };
  } finally {
    await Promise.all(mocks.map((m) => m.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}
