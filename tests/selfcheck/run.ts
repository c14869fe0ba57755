import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestOutcomes } from '../../specs/core/recorder';

const root = join(__dirname, '..', '..');

/** What a conformance run reported: its exit code, the checks that failed and the outcomes of every test. */
export interface RunResult {
  code: number | null;
  failedChecks: Set<string>;
  outcomes: TestOutcomes[];
  output: string;
}

interface JsonReport {
  suites?: JsonSuite[];
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: { tests: { results: { attachments: { name: string; body?: string }[] }[] }[] }[];
}

function collect(suite: JsonSuite, out: TestOutcomes[]): void {
  for (const child of suite.suites ?? []) collect(child, out);
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) {
      for (const r of t.results) {
        for (const a of r.attachments) {
          if (a.name === 'liveness-outcomes' && a.body)
            out.push(JSON.parse(Buffer.from(a.body, 'base64').toString('utf8')) as TestOutcomes);
        }
      }
    }
  }
}

/** Runs the conformance project against a target, in a child process, and reads its JSON report. */
export function runConformance(env: Record<string, string>, args: string[] = []): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'selfcheck-'));
  const json = join(dir, 'results.json');
  return new Promise((resolve) => {
    const child = spawn(
      join(root, 'node_modules', '.bin', 'playwright'),
      ['test', '--project=conformance', '--reporter=json', '--workers=1', ...args],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          FACE_NUM_RUNS: '1',
          FACE_REPORT_DIR: dir,
          PLAYWRIGHT_JSON_OUTPUT_NAME: json,
          ...env,
        },
      },
    );
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const outcomes: TestOutcomes[] = [];
      try {
        const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
        for (const s of report.suites ?? []) collect(s, outcomes);
      } catch (err) {
        output += `\n(no JSON report: ${(err as Error).message})`;
      }
      const failedChecks = new Set(outcomes.flatMap((o) => o.failures.map((f) => f.check)));
      resolve({ code, failedChecks, outcomes, output });
    });
  });
}
