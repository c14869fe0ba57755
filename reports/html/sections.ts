import type { NoteEntry, OperationSummary, Summary } from '../model';
import type { Html } from './escape';
import { duration, html } from './escape';

function noteTable(notes: NoteEntry[], label: string): Html {
  if (notes.length === 0) return html`<p class="empty">None seen.</p>`;
  return html`<div class="panel scroll">
    <table>
      <thead>
        <tr>
          <th>Operation</th>
          <th>${label}</th>
          <th>Message</th>
          <th>Tests</th>
        </tr>
      </thead>
      <tbody>
        ${notes.map(
          (n) =>
            html`<tr class="ok" data-search="${n.operation} ${n.id} ${n.message}">
              <td><code>${n.operation}</code></td>
              <td><code>${n.id}</code></td>
              <td>${n.message}</td>
              <td>${n.tests}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Documentation conflicts (CONTRACT.md §4), apart from failures, with what the run observed of each. */
export function conflicts(s: Summary): Html {
  return html`<section id="conflicts" class="ok">
    <h2>Documentation conflicts <small>reported, never failed unless the decision says the rule is enforced</small></h2>
    ${s.conflicts.documented.map(
      (c) =>
        html`<div class="card" data-search="${c.id} ${c.title} ${c.decision}">
          <h3>
            ${c.title}
            <span class="chip ${c.enforced ? 'info' : 'skipped'}"
              >${c.enforced ? 'rule enforced' : 'either behaviour accepted'}</span
            >
            <span class="chip ${c.observed.length > 0 ? 'failed' : 'passed'}"
              >${c.observed.length > 0 ? `observed ${c.observed.length}×` : 'not observed'}</span
            >
          </h3>
          <ul>
            ${c.sources.map((src) => html`<li>${src}</li>`)}
          </ul>
          <div><strong>Decision:</strong> ${c.decision}</div>
          ${
            c.observed.length > 0
              ? html`<ul>
                  ${c.observed.map((n) => html`<li><code>${n.operation}</code>: ${n.message}</li>`)}
                </ul>`
              : ''
          }
        </div>`,
    )}
    ${
      s.conflicts.other.length > 0
        ? html`<h3>Other conflicts noted</h3>
            ${noteTable(s.conflicts.other, 'Conflict')}`
        : ''
    }
    <h2 id="undocumented">Undocumented fields seen <small>allowed (CONTRACT.md §4), reported</small></h2>
    ${noteTable(s.undocumented, 'Field')}
    ${
      s.notes.length > 0
        ? html`<h2>Notes</h2>
            ${noteTable(s.notes, 'Note')}`
        : ''
    }
  </section>`;
}

function opRow(o: OperationSummary): Html {
  const statuses = Object.entries(o.statusesSeen)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  return html`<tr class="${o.status === 'failed' ? 'bad' : 'ok'}" data-search="${o.id} ${o.name} ${o.path}">
    <td><strong>${o.name}</strong><br /><code>${o.method} ${o.path}</code></td>
    <td><span class="chip ${o.status}">${o.status.replace('-', ' ')}</span></td>
    <td>${o.passed}</td>
    <td>${o.failed}</td>
    <td>${o.skipped}</td>
    <td class="mono">${statuses || '–'}</td>
  </tr>`;
}

/** Coverage: operations of the version exercised or not, status codes seen, checks registered vs run. */
export function coverage(s: Summary): Html {
  const c = s.coverage;
  const list = (names: string[]): Html =>
    names.length > 0
      ? html`${names.map((n, i) => html`${i > 0 ? ', ' : ''}<code>${n}</code>`)}`
      : html`<span class="empty">none</span>`;
  const source =
    c.statusesSource === 'failures-only'
      ? 'status codes are known only from failure excerpts'
      : 'status codes from the suite';
  return html`<section id="coverage" class="ok">
    <h2>
      Coverage
      <small
        >${c.operations.exercised.length} of ${s.operations.filter((o) => o.documented).length} operations exercised;
        ${c.checks.checked.length} of ${c.checks.registered.length} checks evaluated</small
      >
    </h2>
    <div class="panel">
      <dl class="kv">
        <dt>Not exercised</dt>
        <dd>${list(c.operations.notExercised)}</dd>
        <dt>Only skipped</dt>
        <dd>${list(c.operations.skippedOnly)}</dd>
        <dt>Checks only skipped</dt>
        <dd>${list(c.checks.skippedOnly)}</dd>
        <dt>Checks never run</dt>
        <dd>${list(c.checks.neverRun)}</dd>
        ${
          c.checks.unregistered.length > 0
            ? html`<dt>Unregistered checks</dt>
                <dd>${list(c.checks.unregistered)}</dd>`
            : ''
        }
      </dl>
    </div>
    <div class="panel scroll" style="margin-top:12px">
      <table>
        <thead>
          <tr>
            <th>Operation</th>
            <th>Status</th>
            <th>Passed</th>
            <th>Failed</th>
            <th>Skipped</th>
            <th title="${source}">Statuses seen</th>
          </tr>
        </thead>
        <tbody>
          ${s.operations.map(opRow)}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The Playwright tests of the run, with duration, requests and failures. */
export function tests(s: Summary): Html {
  return html`<section id="tests">
    <h2>Tests <small>${s.tests.length}</small></h2>
    <div class="panel scroll">
      <table>
        <thead>
          <tr>
            <th>Test</th>
            <th>Status</th>
            <th>Duration</th>
            <th>Requests</th>
            <th>Failures</th>
          </tr>
        </thead>
        <tbody>
          ${s.tests.map(
            (t) =>
              html`<tr class="${t.failures > 0 ? 'bad' : 'ok'}" data-search="${t.title} ${t.location}">
                <td>
                  ${t.title}<br /><span class="mono">${t.location}</span
                  >${t.skipReason ? html`<br /><em>skipped: ${t.skipReason}</em>` : ''}
                </td>
                <td>
                  <span class="chip ${t.status === 'passed' ? 'passed' : t.status === 'skipped' ? 'skipped' : 'failed'}"
                    >${t.status}</span
                  >
                </td>
                <td>${duration(t.durationMs)}</td>
                <td>${t.requests}</td>
                <td>${t.failures}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
