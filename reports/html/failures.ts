import type { FailureEntry, Summary } from '../model';
import type { Html } from './escape';
import { html } from './escape';
import { ruleAnchor } from './rules';

function block(title: string, text: string | undefined, copy = false): Html | '' {
  if (text === undefined || text === '') return '';
  return html`<div class="block">
    <h4>${title}${copy ? html`<button class="copy" type="button">copy</button>` : ''}</h4>
    <pre>${text}</pre>
  </div>`;
}

function requestText(f: FailureEntry): string | undefined {
  if (!f.request) return undefined;
  const headers = Object.entries(f.request.headers).map(([k, v]) => `${k}: ${v}`);
  return [`${f.request.method} ${f.request.url}`, ...headers, ...(f.request.body ? ['', f.request.body] : [])].join(
    '\n',
  );
}

function responseText(f: FailureEntry): string | undefined {
  if (!f.response) return undefined;
  const headers = Object.entries(f.response.headers).map(([k, v]) => `${k}: ${v}`);
  return [`HTTP ${f.response.status}`, ...headers, '', f.response.body].join('\n');
}

function card(f: FailureEntry): Html {
  const search = `${f.check} ${f.operation} ${f.message} ${f.pointer} ${f.test} ${f.rule}`;
  const repro = [f.seed !== undefined ? `seed ${f.seed}` : '', f.path ? `path ${f.path}` : '']
    .filter(Boolean)
    .join(', ');
  return html`<details class="failure" id="${f.id}" data-search="${search}">
    <summary>
      <span class="fid">${f.id}</span><span class="badge check">${f.check}</span
      ><span class="badge">${f.operation}</span>${f.pointer ? html`<span class="badge">${f.pointer}</span>` : ''}<span
        class="msg"
        >${f.message}</span
      >
    </summary>
    <div class="body">
      <dl class="kv">
        <dt>Check</dt>
        <dd><strong>${f.title}</strong></dd>
        <dt>Rule</dt>
        <dd>${f.rule}</dd>
        <dt>Source document</dt>
        <dd>${f.source}</dd>
        ${
          f.rules?.length
            ? html`<dt>Documented rule</dt>
                <dd>
                  ${f.rules.map(
                    (r) =>
                      html`<div class="rule-ref">
                        <a href="#${ruleAnchor(r.id)}"><code>${r.id}</code></a
                        >: <q>${r.words}</q>${r.gloss ? html` (${r.gloss})` : ''}
                        <span class="mono">${r.doc} · ${r.where}</span>
                      </div>`,
                  )}
                </dd>`
            : ''
        }
        <dt>JSON pointer</dt>
        <dd><code>${f.pointer || '/'}</code>${f.schemaPath ? html` · schema <code>${f.schemaPath}</code>` : ''}</dd>
        <dt>Test</dt>
        <dd>${f.test} <span class="mono">${f.location}</span></dd>
        <dt>Seed / path</dt>
        <dd class="mono">${repro || 'not property-based (fixed sequence); rerun with the run seed'}</dd>
      </dl>
      <div class="diff">
        <div class="expected">
          <h4>Expected</h4>
          <pre>${f.expected}</pre>
        </div>
        <div class="received">
          <h4>Received</h4>
          <pre>${f.received}</pre>
        </div>
      </div>
      ${block('Replay', f.replay, true)} ${block('curl', f.curl, true)}
      <div class="grid2">${block('Minimal request', requestText(f))}${block('Response excerpt', responseText(f))}</div>
    </div>
  </details>`;
}

/** One expandable card per failure: rule, source, pointer, expected vs received, request, response, curl, replay. */
export function failures(s: Summary): Html {
  return html`<section id="failures">
    <h2>
      Failures <small><span id="shown-failures">${s.failures.length}</span> shown of ${s.failures.length}</small>
    </h2>
    ${
      s.failures.length === 0
        ? html`<p class="empty">
            No failures. Documentation conflicts and undocumented fields, if any, are listed below; they never fail a
            run.
          </p>`
        : html`<p class="lead">
              Each failure reproduces from its first lines: the replay command reruns the case with its seed and path.
              <a href="#" data-expand="open">Expand all</a> · <a href="#" data-expand="close">Collapse all</a>
            </p>
            ${s.failures.map(card)}`
    }
    ${(s.failuresOmitted ?? []).map(
      (o) =>
        html`<p class="lead omitted">
          … and ${o.count} more failure(s) of ${o.check}, not listed (the first ones above show what fails; the matrix
          counts every one).
        </p>`,
    )}
  </section>`;
}
