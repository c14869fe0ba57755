import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** What one `npm run traffic` process did: exit code, output, wall time and peak memory (max RSS). */
export interface TrafficRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakMb: number;
}

/**
 * Runs `cli/traffic.ts` as `npm run traffic` does, in its own process (node with tsx), and measures it: the
 * child writes its own max RSS on exit (bench/peakMemory.js). `env` is added to a minimal environment.
 */
export function runTraffic(args: string[], env: Record<string, string> = {}, timeoutMs = 600_000): TrafficRun {
  const dir = mkdtempSync(join(tmpdir(), 'traffic-peak-'));
  const peakFile = join(dir, 'peak');
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--require', join(__dirname, 'peakMemory.js'), '--import', 'tsx', join(root, 'cli', 'traffic.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PEAK_MEMORY_FILE: peakFile, ...env },
    },
  );
  const ms = Date.now() - started;
  let peakMb = NaN;
  try {
    peakMb = Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024);
  } catch {
    // The child died before its exit handler (killed): no measure.
  }
  rmSync(dir, { recursive: true, force: true });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms, peakMb };
}
