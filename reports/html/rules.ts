import type { Summary } from '../model';
import type { RuleEntry } from '../rules';
import type { Html } from './escape';
import { html, trusted } from './escape';

const CHIP: Record<RuleEntry['outcome'], string> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  'not-run': 'skipped',
  'not-checkable': 'info',
  conflict: 'info',
  gap: 'skipped',
};

/** The anchor of a rule in the report's rules section. */
export const ruleAnchor = (id: string): string => `rule-${id}`;

/** A rule's source words, with the gloss when the document is not in English. */
export function ruleWords(r: RuleEntry): Html {
  return html`<q>${r.words}</q>${r.gloss ? html` <span class="gloss">(${r.gloss})</span>` : ''}
    <span class="mono">${r.doc} · ${r.where}</span>`;
}

/** Documented rules: what the run checked, passed, failed, skipped (why), and could not check (why). */
export function rulesSection(s: Summary): Html | '' {
  const c = s.rules;
  if (!c) return '';
  const t = c.totals;
  return html`<section id="rules">
    <h2>
      Documented rules <small>${c.version}: ${t.rules} rules from the documents (<code>npm run rules</code>)</small>
    </h2>
    <div class="panel">
      <table>
        <thead>
          <tr>
            <th>Rules</th>
            <th>Checked</th>
            <th>Passed</th>
            <th>Failed</th>
            <th>Skipped</th>
            <th>Not run</th>
            <th>Not checkable</th>
            <th>Conflicts</th>
            <th>No check yet</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>${t.rules}</td>
            <td>${t.checked}</td>
            <td>${t.passed}</td>
            <td>${t.failed}</td>
            <td>${t.skipped}</td>
            <td>${t.notRun}</td>
            <td>${t.notCheckable}</td>
            <td>${t.conflict}</td>
            <td>${t.gap}</td>
          </tr>
        </tbody>
      </table>
    </div>
    ${
      c.skipReasons.length > 0
        ? html`<ul class="skip-reasons">
            ${c.skipReasons.map((r) => html`<li>${r.rules} rules skipped: ${r.reason}</li>`)}
          </ul>`
        : ''
    }
    <details ${t.failed > 0 ? trusted('open') : ''}>
      <summary>Every rule and its outcome</summary>
      <div class="panel scroll">
        <table>
          <thead>
            <tr>
              <th>Rule</th>
              <th>Outcome</th>
              <th>Source words</th>
              <th>Checks, or why not</th>
            </tr>
          </thead>
          <tbody>
            ${c.rules.map(
              (r) =>
                html`<tr id="${ruleAnchor(r.id)}" data-search="${r.id} ${r.statement} ${r.outcome}">
                  <td><code>${r.id}</code><br />${r.statement}</td>
                  <td><span class="chip ${CHIP[r.outcome]}">${r.outcome}</span></td>
                  <td>${ruleWords(r)}</td>
                  <td>
                    ${r.checks.length > 0 ? r.checks.join(', ') : ''}${r.reasons.length > 0 ? html`<br />${r.reasons.join('; ')}` : ''}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}
