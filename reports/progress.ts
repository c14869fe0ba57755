import { printableLine } from '../runner';
import { addCounts, emptyCounts, statusOf } from './counts';
import type { Counts, Summary, TestRun } from './model';
import { testErrors } from './failures';

/** A value on one terminal line, control characters escaped (the report's own colours are added after). */
const line = (text: string): string => printableLine(text);

const COLORS = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** Compact terminal progress: one line per finished test with running check × operation counts. */
export class Progress {
  private readonly cells = new Map<string, Counts>();
  private done = 0;
  private total = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly color: boolean,
  ) {}

  private paint(name: keyof typeof COLORS, text: string): string {
    return this.color ? `\u001b[${COLORS[name]}m${text}\u001b[0m` : text;
  }

  /** Announces the run. */
  begin(total: number, target: string, reportDir: string): void {
    this.total = total;
    this.write(`conformance: ${total} test(s) against ${target}; report in ${reportDir}\n`);
  }

  /** Running totals of check × operation cells: passed, failed, skipped. */
  counts(): { passed: number; failed: number; skipped: number } {
    const out = { passed: 0, failed: 0, skipped: 0 };
    for (const c of this.cells.values()) {
      const s = statusOf(c);
      if (s !== 'never-run') out[s]++;
    }
    return out;
  }

  /** One line for a finished test, then its first failures (indented). */
  testEnd(run: TestRun): void {
    this.done++;
    for (const o of run.outcomes?.outcomes ?? []) {
      const key = `${o.check}\u0000${o.operation}`;
      this.cells.set(key, addCounts(this.cells.get(key) ?? emptyCounts(), o));
    }
    const recorded = run.outcomes?.failures ?? [];
    const errors = testErrors(run);
    const mark =
      run.status === 'skipped'
        ? this.paint('yellow', '-')
        : recorded.length + errors.length > 0
          ? this.paint('red', '✗')
          : this.paint('green', '✓');
    const c = this.counts();
    const tally = `checks ${this.paint('green', `${c.passed} passed`)} ${this.paint(c.failed ? 'red' : 'dim', `${c.failed} failed`)} ${this.paint('yellow', `${c.skipped} skipped`)}`;
    const secs = (run.durationMs / 1000).toFixed(1);
    const requests = run.outcomes ? `, ${run.outcomes.requests} req` : '';
    this.write(
      `  ${mark} ${this.done}/${this.total} ${run.title} ${this.paint('dim', `(${secs}s${requests})`)} · ${tally}\n`,
    );
    for (const f of recorded.slice(0, 3)) {
      // A target's words (messages, ids in a curl line) reach the terminal with control characters escaped.
      this.write(
        `      ${this.paint('red', f.check)} on ${f.operation} at ${line(f.pointer || '/')}: ${line(f.message)}\n`,
      );
      if (f.replay) this.write(`        replay (seed ${f.seed}): ${line(f.replay)}\n`);
      else if (f.curl) this.write(`        curl: ${line(f.curl)}\n`);
    }
    if (recorded.length > 3) this.write(`      … and ${recorded.length - 3} more\n`);
    for (const e of errors.slice(0, 2))
      this.write(`      ${this.paint('red', 'testError')}: ${line(e.split('\n')[0])}\n`);
  }

  /** The verdict and where the report is. */
  end(s: Summary, files: string[]): void {
    const word = s.run.verdict.toUpperCase();
    const verdict = this.paint(
      s.run.verdict === 'pass' ? 'green' : s.run.verdict === 'incomplete' ? 'yellow' : 'red',
      word,
    );
    const t = s.totals;
    const b = s.run.budget;
    const budget = b ? `; budget ${b.used}/${b.limit} used, ${b.cleanup} cleanup delete(s) outside it` : '';
    const c = t.cells;
    const left: [number | undefined, string][] = [
      [c.notRunBudget, 'budget'],
      [c.notRunTarget, 'target'],
      [c.notRunDeadline, 'deadline'],
      [c.notRunRateLimited, 'rate limited'],
      [c.notRunLimit, 'safety limit'],
    ];
    const counted = left.filter(([n]) => (n ?? 0) > 0).map(([n, why]) => `${n} (${why})`);
    const notRun = counted.length > 0 ? `; check × operation cells not run: ${counted.join(', ')}` : '';
    this.write(
      `\n${this.paint('bold', verdict)} ${t.failures} failure(s); cells ${t.cells.passed} passed, ${t.cells.failed} failed, ${t.cells.skipped} skipped; ` +
        `${s.run.requests} requests in ${(s.run.durationMs / 1000).toFixed(1)}s${budget}${notRun}; exit ${s.run.exitCode}\n`,
    );
    if (s.run.verdictReason) this.write(`  ${line(s.run.verdictReason)}\n`);
    else if (b?.down) this.write(`  ${line(b.down)}\n`);
    for (const f of files) this.write(`  ${f}\n`);
  }
}
