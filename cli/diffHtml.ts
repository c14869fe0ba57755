import type { ContractChange, ContractDiff } from '../schemas/diff';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function row(c: ContractChange): string {
  const cells = [
    c.breaking ? '<span class="b">breaking</span>' : '<span class="n">not breaking</span>',
    escapeHtml(c.kind),
    escapeHtml(c.operation),
    `<code>${escapeHtml(c.where)}</code>`,
    c.subject ? `<code>${escapeHtml(c.subject)}</code>` : '',
    escapeHtml(c.before ?? ''),
    escapeHtml(c.after ?? ''),
    escapeHtml(c.reason),
  ];
  return `<tr class="${c.breaking ? 'breaking' : ''}">${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`;
}

/** A self-contained HTML page of a contract diff: no script, no external resource, every value escaped. */
export function diffHtml(diff: ContractDiff): string {
  const title = `Contract diff ${diff.from} → ${diff.to}`;
  const kinds = Object.entries(diff.counts.byKind)
    .map(([k, n]) => `<li>${escapeHtml(k)}: ${n}</li>`)
    .join('');
  const ordered = [...diff.changes.filter((c) => c.breaking), ...diff.changes.filter((c) => !c.breaking)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f4f4f4}
tr.breaking{background:#fff4f4}.b{color:#b00;font-weight:600}.n{color:#060}code{font-size:12px}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${diff.counts.total} change(s): <strong>${diff.counts.breaking} breaking</strong>, ${diff.counts.nonBreaking} not breaking, for a client written against ${escapeHtml(diff.from)}.</p>
<ul>${kinds}</ul>
<table><thead><tr><th>class</th><th>kind</th><th>operation</th><th>where</th><th>field / part</th><th>before</th><th>after</th><th>why</th></tr></thead>
<tbody>
${ordered.map(row).join('\n')}
</tbody></table>
</body></html>
`;
}
