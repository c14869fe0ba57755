import type { Summary } from '../model';
import type { Html } from './escape';
import { duration, html, plural } from './escape';

function headline(s: Summary): string {
  if (s.run.verdict === 'fail') {
    const checks = new Set(s.failures.map((f) => f.check)).size;
    const ops = new Set(s.failures.map((f) => f.operation)).size;
    return `${plural(s.failures.length, 'failure')} in ${plural(checks, 'check')} on ${plural(ops, 'operation')}`;
  }
  const ran = s.totals.checks.passed;
  const { notRunBudget, notRunTarget } = s.totals.cells;
  if (s.run.verdict === 'setup-error' && notRunTarget > 0)
    return `the target stopped answering; ${plural(notRunTarget, 'check × operation cell')} not run (target)`;
  if (s.run.verdict === 'setup-error') return s.run.verdictReason ?? 'no check ran';
  if (s.run.verdict === 'incomplete' && s.run.verdictReason)
    return `all ${plural(ran, 'check')} that ran passed; ${s.run.verdictReason}`;
  if (notRunBudget > 0)
    return `all ${plural(ran, 'check')} that ran passed; ${plural(notRunBudget, 'check × operation cell')} not run (budget)`;
  return `All ${plural(ran, 'check')} that ran passed`;
}

/** The verdict banner: PASS, FAIL, INCOMPLETE or SETUP-ERROR, and one line of counts. */
export function header(s: Summary): Html {
  const t = s.totals;
  const notRun = t.checks.notRunBudget + t.checks.notRunTarget;
  const checks = `Checks: ${t.checks.passed} passed · ${t.checks.failed} failed · ${t.checks.skipped} only skipped · ${t.checks.neverRun} never run${notRun ? ` (${t.checks.notRunBudget} not run (budget), ${t.checks.notRunTarget} not run (target))` : ''}.`;
  const cells = `Check × operation cells: ${t.cells.passed} passed · ${t.cells.failed} failed · ${t.cells.skipped} skipped.`;
  return html`<header class="banner ${s.run.verdict}" id="verdict" data-verdict="${s.run.verdict}">
    <div class="inner">
      <div class="verdict">${s.run.verdict.toUpperCase()}</div>
      <div>
        <h1>Liveness-session conformance: ${headline(s)}</h1>
        <p>${checks}<br />${cells}</p>
      </div>
    </div>
  </header>`;
}

/** The run's facts (target, API version, seed, start, duration, requests, tests) and the sticky toolbar. */
export function facts(s: Summary): Html {
  const t = s.totals;
  const testsRun = Object.values(t.tests).reduce((a, b) => a + b, 0);
  return html`<dl class="facts">
      <div>
        <dt>Target</dt>
        <dd>${s.run.target}</dd>
      </div>
      <div>
        <dt>API version</dt>
        <dd>${s.run.apiVersion}</dd>
      </div>
      <div>
        <dt>Seed</dt>
        <dd class="mono">${s.run.seed}</dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>${s.run.startedAt.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC')}</dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>${duration(s.run.durationMs)}</dd>
      </div>
      <div>
        <dt>Requests sent</dt>
        <dd>${s.run.requests}</dd>
      </div>
      <div>
        <dt>Tests</dt>
        <dd>
          ${testsRun}: ${t.tests.passed} passed · ${t.tests.failed + t.tests.timedOut + t.tests.interrupted} failed ·
          ${t.tests.skipped} skipped
        </dd>
      </div>
    </dl>
    <div class="toolbar">
      <input
        type="search"
        id="search"
        placeholder="Search checks, operations, failures, fields…"
        aria-label="Search the report"
      />
      <label><input type="checkbox" id="failures-only" /> Failures only</label>
      <nav>
        <a href="#matrix">Matrix</a><a href="#failures">Failures (${s.failures.length})</a
        ><a href="#conflicts">Conflicts</a><a href="#coverage">Coverage</a><a href="#tests">Tests</a>
      </nav>
    </div>`;
}
