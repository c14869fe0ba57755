/**
 * Runs `npm run conformance` against a hostile target and measures it: exit code, time, the summary, every
 * output (terminal and report files), and the peak memory of the whole process tree (the largest VmHWM of
 * each process, read from /proc while the run lasts, summed over the processes).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../reports/model';
import { ROOT } from '../specs/run';

/** What a hostile run gave. */
export interface HostileRun {
  code: number | null;
  /** Terminal output (stdout and stderr). */
  out: string;
  /** Every file the run wrote in its report folder, by name. */
  files: Record<string, string>;
  summary?: Summary;
  seconds: number;
  /**
   * The most memory the run's processes held at once (MiB, the largest sum of their resident memory over the
   * samples), and the largest peak of a single process (its VmHWM, which no sample can miss).
   */
  peakMiB: { total: number; largest: number };
  /** CPU seconds (user and system) of the run's processes, as last sampled: its cost on a quiet machine. */
  cpuSeconds: number;
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  return byParent;
}

/** Records the peak memory (VmHWM, KiB) and CPU ticks of `root` and its descendants; returns their RSS now (KiB). */
function sample(root: number, peaks: Map<number, number>, ticks: Map<number, number>): number {
  const tree = children();
  const todo = [root];
  let rss = 0;
  while (todo.length > 0) {
    const pid = todo.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime] = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .slice(11, 13)
        .map(Number);
      ticks.set(pid, utime + stime);
    } catch {
      // ended
    }
    todo.push(...(tree.get(pid) ?? []));
  }
  return rss;
}

function reportFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length + 1)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** `npm run conformance -- <args>` with only PATH, HOME and `env`, measured. */
export function runHostile(env: Record<string, string>, args: string[] = []): Promise<HostileRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'conformance.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', FACE_REPORT_DIR: dir, ...env },
    });
    const peaks = new Map<number, number>();
    const ticks = new Map<number, number>();
    let together = 0;
    const timer = setInterval(() => (together = Math.max(together, sample(child.pid!, peaks, ticks))), 100);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code) => {
      clearInterval(timer);
      const files = reportFiles(dir);
      let summary: Summary | undefined;
      try {
        summary = JSON.parse(files['summary.json'] ?? '') as Summary;
      } catch {
        summary = undefined;
      }
      const kib = [...peaks.values()];
      resolve({
        code,
        out,
        files,
        summary,
        seconds: (Date.now() - started) / 1000,
        peakMiB: {
          total: Math.round(together / 1024),
          largest: Math.round(Math.max(0, ...kib) / 1024),
        },
        cpuSeconds: [...ticks.values()].reduce((a, b) => a + b, 0) / 100,
      });
    });
  });
}

/** Raw control characters (C0 but tab, newline, carriage return; DEL; C1) in a text, as code points. */
export function controlCharacters(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g)].map((m) => m[0])),
  ].map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
