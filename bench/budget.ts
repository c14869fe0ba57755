/**
 * `npm run bench:budget [-- --budgets 100,200,300,unlimited] [--versions v1.1-preview.1] [--faults a,b]`:
 * runs `npm run conformance` against the mock with each planted fault (one run per fault and budget, through
 * a recording proxy) and against the clean mock, and prints per budget: faults caught by the exit code (1),
 * requests the target saw (max, median), runs over budget + cleanup deletes, and the clean mock's exit code
 * (anything but 0 is a false failure). Not a test: slow (one Playwright run each). Like the self-check it
 * reads the fault catalogue, the one place outside mock/ allowed to.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startMock } from '../mock';
import { FAULTS } from '../mock/faults';
import type { Summary } from '../reports/model';
import { designOf } from '../schemas';
import { recordingProxy } from '../tests/specs/run';

const ROOT = join(__dirname, '..');
const KEY = 'bench-budget-key-0123456789abcdef';
/** Faults only a waited-out token shows: run the opt-in expiry test alone, against a fast mock clock. */
const EXPIRY_FAULTS = new Set(['expired-token-accepted']);
const UNLIMITED = 10_000_000;

interface Outcome {
  fault: string;
  code: number | null;
  sent: number;
  cleanup: number;
  budget: number;
}

async function runOnce(version: string, fault: string | undefined, budget: number): Promise<Outcome> {
  const expiry = !!fault && EXPIRY_FAULTS.has(fault);
  const mock = await startMock({ key: KEY, faults: fault ? [fault] : [], timeScale: expiry ? 1000 : 1 });
  const proxy = await recordingProxy(mock.url);
  const dir = mkdtempSync(join(tmpdir(), 'bench-budget-'));
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'cli', 'conformance.ts'), ...(expiry ? ['-g', 'token expiry'] : [])],
        {
          cwd: ROOT,
          stdio: 'ignore',
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            NO_COLOR: '1',
            FACE_ENDPOINT: proxy.url,
            FACE_API_KEY: KEY,
            FACE_API_VERSION: version,
            FACE_DEVICE_SIMULATION: 'true',
            FACE_REQUEST_BUDGET: String(budget),
            FACE_REPORT_DIR: dir,
            ...(expiry ? { FACE_CHECK_EXPIRY_WAIT_MS: '300' } : {}),
          },
        },
      );
      child.on('close', resolve);
    });
    let cleanup = 0;
    try {
      cleanup = (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary).run.budget?.cleanup ?? 0;
    } catch {
      cleanup = 0;
    }
    return { fault: fault ?? '(clean)', code, sent: proxy.seen.length, cleanup, budget };
  } finally {
    await proxy.close();
    await mock.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      budgets: { type: 'string', default: '100,200,300,unlimited' },
      versions: { type: 'string', default: 'v1.1-preview.1' },
      faults: { type: 'string' },
    },
  });
  const budgets = values.budgets.split(',').map((b) => (b === 'unlimited' ? UNLIMITED : Number(b)));
  console.log(
    [
      '| version | budget | faults caught (exit 1) | requests sent, max | median | runs over budget + cleanup | false failures on the clean mock | missed |',
      '|---|---|---|---|---|---|---|---|',
    ].join('\n'),
  );
  for (const version of values.versions.split(',')) {
    // Only the faults that show in this version's contract (a v1.2 GA fault changes nothing on a preview).
    const contract = designOf(version);
    const faults = values.faults
      ? values.faults.split(',')
      : FAULTS.filter((f) => f.contracts.includes(contract)).map((f) => f.name);
    for (const budget of budgets) {
      const runs: Outcome[] = [];
      for (const fault of faults) {
        const o = await runOnce(version, fault, budget);
        runs.push(o);
        process.stderr.write(
          `${version} budget ${budget}: ${o.fault} exit ${o.code}, ${o.sent} sent, ${o.cleanup} cleanup\n`,
        );
      }
      const clean = await runOnce(version, undefined, budget);
      const missed = runs.filter((r) => r.code !== 1).map((r) => `${r.fault} (exit ${r.code})`);
      const over = [...runs, clean].filter((r) => r.sent > r.budget + r.cleanup).length;
      const sent = runs.map((r) => r.sent);
      // One row per budget as soon as it is measured (the whole bench takes long).
      console.log(
        `| ${version} | ${budget === UNLIMITED ? 'unlimited' : budget} | ${runs.length - missed.length}/${runs.length} | ` +
          `${Math.max(...sent)} | ${median(sent)} | ${over} | ${clean.code === 0 ? 'none (exit 0)' : `exit ${clean.code}`} | ` +
          `${missed.join(', ') || '—'} |`,
      );
    }
  }
}

void main();
