import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Exchange } from '../wire';
import type { HarEntry, HarLog } from './har';
import { harEntry } from './har';
import type { Redactor } from './redact';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Saves one worker's exchanges as HAR 1.2, safely beside other workers: each exchange is appended at once
 * to the worker's part file (`<file>.run-<runner pid>.<worker pid>.har.tmp`, one redacted entry per line,
 * so a crash loses nothing); on `close` the worker merges its part, and those of workers that died, into
 * `<file>` under a lock directory. The run id is the Playwright runner's pid (the workers' parent): a HAR
 * left by an earlier run is replaced, not extended.
 */
export class HarSaver {
  private readonly runId = String(process.ppid);
  private readonly part: string;

  constructor(
    readonly file: string,
    private readonly redactor: Redactor,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.part = `${file}.run-${this.runId}.${process.pid}.har.tmp`;
  }

  /** Appends one exchange (redacted) to this worker's part file. */
  add(exchange: Exchange): void {
    appendFileSync(this.part, `${JSON.stringify(harEntry(exchange, this.redactor))}\n`);
  }

  /** Merges this worker's part (and parts of dead workers of the same run) into the HAR file. */
  async close(): Promise<void> {
    const lock = `${this.file}.lock`;
    for (let waited = 0; ; waited += 20) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (waited > 15_000) rmSync(lock, { recursive: true, force: true }); // a holder that died
        await sleep(20);
      }
    }
    try {
      this.merge();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }

  private merge(): void {
    const prefix = `${basename(this.file)}.run-${this.runId}.`;
    const parts = readdirSync(dirname(this.file))
      .filter((n) => n.startsWith(prefix) && n.endsWith('.har.tmp'))
      .map((n) => join(dirname(this.file), n))
      .filter((p) => p === this.part || !alive(Number(p.slice(0, -'.har.tmp'.length).split('.').pop())));
    const entries: HarEntry[] = this.existing();
    for (const p of parts) {
      for (const line of readFileSync(p, 'utf8').split('\n'))
        if (line.trim()) entries.push(JSON.parse(line) as HarEntry);
    }
    entries.sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
    const har: HarLog = {
      log: {
        version: '1.2',
        creator: { name: 'face-liveness-conformance', version: '0.1.0' },
        comment: `run ${this.runId}; secrets redacted`,
        entries,
      },
    };
    const tmp = `${this.file}.${process.pid}.har.tmp`;
    writeFileSync(tmp, `${JSON.stringify(har, null, 1)}\n`);
    renameSync(tmp, this.file);
    for (const p of parts) rmSync(p, { force: true });
  }

  /** Entries already merged by another worker of this run (a HAR of an earlier run is replaced). */
  private existing(): HarEntry[] {
    if (!existsSync(this.file)) return [];
    try {
      const har = JSON.parse(readFileSync(this.file, 'utf8')) as HarLog;
      return har.log.comment?.startsWith(`run ${this.runId};`) ? har.log.entries : [];
    } catch {
      return [];
    }
  }
}
