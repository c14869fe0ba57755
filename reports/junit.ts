import type { CellSummary, FailureEntry, Summary } from './model';
import { TEST_ERROR_CHECK } from './model';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(value: unknown): string {
  return String(value ?? '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function failureText(f: FailureEntry): string {
  const lines = [
    `${f.id} ${f.check} on ${f.operation} at ${f.pointer || '/'}: ${f.message}`,
    `rule: ${f.rule}`,
    `source: ${f.source}`,
    `expected: ${f.expected}`,
    `received: ${f.received}`,
    `test: ${f.test} (${f.location})`,
    ...(f.curl ? [`curl: ${f.curl}`] : []),
    `replay: ${f.replay}`,
  ];
  return lines.join('\n');
}

function testcase(c: CellSummary, failures: FailureEntry[]): string {
  const name = `${c.check} × ${c.operation}`;
  const open = `    <testcase classname="${xmlEscape(c.operation)}" name="${xmlEscape(name)}" time="0">`;
  if (c.status === 'failed') {
    const mine = failures.filter((f) => f.check === c.check && f.operation === c.operation);
    const message = mine[0]?.message ?? `${c.failed} failed evaluation(s)`;
    const body = mine.map(failureText).join('\n\n');
    return `${open}\n      <failure message="${xmlEscape(message)}" type="${xmlEscape(c.check)}">${xmlEscape(body)}</failure>\n    </testcase>`;
  }
  if (c.status === 'skipped') {
    return `${open}\n      <skipped message="${xmlEscape(c.skipReasons.join('; '))}"/>\n    </testcase>`;
  }
  return `${open}</testcase>`;
}

function suite(name: string, cases: string[], counts: { failures: number; skipped: number }): string {
  const attrs = `name="${xmlEscape(name)}" tests="${cases.length}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}"`;
  return `  <testsuite ${attrs}>\n${cases.join('\n')}\n  </testsuite>`;
}

/** JUnit XML: one testsuite per operation, one testcase per check × operation; test errors in `playwright`. */
export function renderJunit(s: Summary): string {
  const suites: string[] = [];
  for (const op of s.operations) {
    const cells = s.cells.filter((c) => c.operation === op.id);
    if (cells.length === 0) continue;
    const counts = {
      failures: cells.filter((c) => c.status === 'failed').length,
      skipped: cells.filter((c) => c.status === 'skipped').length,
    };
    suites.push(
      suite(
        op.id,
        cells.map((c) => testcase(c, s.failures)),
        counts,
      ),
    );
  }
  // Checks the budget (or a target that stopped answering) left without any cell: one skipped case each.
  const withCells = new Set(s.cells.map((c) => c.check));
  const notRun = s.checks.filter((c) => c.notRun && !withCells.has(c.name));
  if (notRun.length > 0) {
    const cases = notRun.map(
      (c) =>
        `    <testcase classname="not-run" name="${xmlEscape(c.name)}" time="0">\n      <skipped message="${xmlEscape(`not run (${c.notRun})`)}"/>\n    </testcase>`,
    );
    suites.push(suite('not-run', cases, { failures: 0, skipped: cases.length }));
  }
  const errors = s.failures.filter((f) => f.check === TEST_ERROR_CHECK);
  if (errors.length > 0) {
    const cases = errors.map(
      (f) =>
        `    <testcase classname="playwright" name="${xmlEscape(`${TEST_ERROR_CHECK} × ${f.test}`)}" time="0">\n` +
        `      <failure message="${xmlEscape(f.message)}" type="${TEST_ERROR_CHECK}">${xmlEscape(failureText(f))}</failure>\n    </testcase>`,
    );
    suites.push(suite('playwright', cases, { failures: errors.length, skipped: 0 }));
  }
  const total = s.cells.length + errors.length + notRun.length;
  const failed = s.cells.filter((c) => c.status === 'failed').length + errors.length;
  const skipped = s.cells.filter((c) => c.status === 'skipped').length + notRun.length;
  const head = `<testsuites name="liveness conformance (${xmlEscape(s.run.target)}, ${xmlEscape(s.run.apiVersion)}, seed ${s.run.seed})" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${(s.run.durationMs / 1000).toFixed(3)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
}
