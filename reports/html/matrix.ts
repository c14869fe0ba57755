import type { CellSummary, CheckSummary, Summary } from '../model';
import { TEST_ERROR_CHECK } from '../model';
import type { Html } from './escape';
import { html } from './escape';

function tooltip(c: CellSummary): string {
  const counts = `${c.check} on ${c.operation}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
  return c.skipReasons.length > 0 ? `${counts}. Skipped: ${c.skipReasons.join('; ')}` : counts;
}

function cell(c: CellSummary | undefined, reasons: string[], firstFailure: string | undefined): Html {
  if (!c) return html`<td class="cell"></td>`;
  const title = tooltip(c);
  if (c.status === 'failed') {
    return html`<td class="cell failed" title="${title}">
      <a href="#${firstFailure ?? 'failures'}"><span>✗</span></a>
    </td>`;
  }
  if (c.status === 'passed') return html`<td class="cell passed" title="${title}"><span>✓</span></td>`;
  const n = c.skipReasons.map((r) => reasons.indexOf(r) + 1).join(',');
  const label = c.notRun ? `not run (${c.notRun})` : 'skip';
  return html`<td class="cell skipped${c.notRun ? ' not-run' : ''}" title="${title}">
    <span>${label}<sup>${n}</sup></span>
  </td>`;
}

function row(check: CheckSummary, s: Summary, reasons: string[]): Html {
  const cells = new Map(s.cells.filter((c) => c.check === check.name).map((c) => [c.operation, c]));
  const chip = check.notRun
    ? html` <span class="chip never-run">not run (${check.notRun})</span>`
    : check.status === 'never-run'
      ? html` <span class="chip never-run">never run</span>`
      : '';
  const search = `${check.name} ${check.title} ${check.rule} ${check.source}`;
  return html`<tr class="${check.status === 'failed' ? 'bad' : 'ok'}" data-search="${search}">
    <td class="name"><code>${check.name}</code>${chip}<small title="${check.rule}">${check.title}</small></td>
    ${s.operations.map((op) => {
      const first = s.failures.find((f) => f.check === check.name && f.operation === op.id);
      return cell(cells.get(op.id), reasons, first?.id);
    })}
  </tr>`;
}

const FAMILY_LABELS: Record<string, string> = {
  liveness: 'Liveness',
  livenessWithVerify: 'Liveness with verify',
  sessionImage: 'Session image',
  '': 'Other',
};

/** An operation's name without its family's words (the family is the group header above it). */
function shortName(name: string): string {
  return name.replace(/ Liveness With Verify| Liveness(?= )/g, '').trim();
}

function familyGroups(s: Summary): { label: string; span: number }[] {
  const groups: { family: string; label: string; span: number }[] = [];
  for (const op of s.operations) {
    const last = groups[groups.length - 1];
    if (last && last.family === op.family) last.span++;
    else groups.push({ family: op.family, label: FAMILY_LABELS[op.family] ?? op.family, span: 1 });
  }
  return groups;
}

/** The checks × operations matrix: passed, failed (linked to its first failure), skipped (numbered reason). */
export function matrix(s: Summary): Html {
  const reasons = [...new Set(s.cells.flatMap((c) => c.skipReasons))];
  const checks = s.checks.filter((c) => c.name !== TEST_ERROR_CHECK);
  return html`<section id="matrix">
    <h2>Checks × operations <small>${checks.length} checks, ${s.operations.length} operations</small></h2>
    <p class="lead">
      Each cell is one check on one operation: ✓ passed, ✗ failed (click for the failure), skip with its reason. Blank:
      not applicable or not exercised. Hover a cell for its counts.
    </p>
    <div class="panel scroll">
      <table class="matrix">
        <thead>
          <tr>
            <th rowspan="2">Check</th>
            ${familyGroups(s).map((g) => html`<th class="family" colspan="${g.span}">${g.label}</th>`)}
          </tr>
          <tr>
            ${s.operations.map(
              (op) =>
                html`<th class="op" title="${op.name}: ${op.method} ${op.path}">
                  <div>${shortName(op.name)} <span>${op.documented ? '' : '(not in this version)'}</span></div>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${checks.map((c) => row(c, s, reasons))}
        </tbody>
      </table>
      ${
        reasons.length > 0
          ? html`<div class="legend">
              Skip reasons:
              <ol>
                ${reasons.map((r) => html`<li>${r}</li>`)}
              </ol>
            </div>`
          : ''
      }
    </div>
  </section>`;
}
