/**
 * The preflight: before any test, a few harmless GETs tell a setup mistake from a non-conforming server,
 * so an unreachable or misconfigured target ends the run at once with exit 2 and one line (cause and fix)
 * instead of dozens of "failures".
 *
 * The probe is a GET of a random, unknown session id. It exists in every supported version (v1.2 GA has
 * no list operation), reads nothing of anyone's, and a right endpoint, version and credential answer it
 * 404 with a FaceErrorResponse naming `SessionNotFound` (the real service does; see
 * /work/shared/recordings/README.md). A 404 without that code may be a server that answers unknown ids
 * badly (the suite judges that), or a wrong endpoint or a version the server does not serve; a second probe
 * on the other family's path tells them apart: only when both paths answer 404 without `SessionNotFound`
 * does the run stop. Other answers (200, 400, 5xx) go to the suite, which judges them.
 */
import { randomUUID } from 'node:crypto';
import { SESSION_FAMILIES, familyOperation } from '../schemas';
import { fillPath } from '../wire';
import type { SuiteConfig } from './config';

/** Set by `npm run conformance` for the runner: the preflight is done, and how many requests it sent. */
export const PREFLIGHT_SENT_ENV = 'FACE_PREFLIGHT_SENT';

/** The longest the preflight waits for one answer (ms), unless FACE_REQUEST_TIMEOUT_MS is shorter. */
export const PREFLIGHT_TIMEOUT_MS = 5000;

/** The preflight's answer: go on (having sent `sent` requests), or stop with a one-line message. */
export type PreflightResult = { ok: true; sent: number } | { ok: false; message: string; sent: number };

const TLS_CODES = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME|ALTNAME/i;

/** One line naming the cause and the fix for a request that got no HTTP answer. */
function networkMessage(err: unknown, url: URL, timeoutMs: number): string {
  const e = err as { name?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? '';
  const host = url.host;
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `${host} did not answer within ${timeoutMs} ms (preflight); check FACE_ENDPOINT and that the resource is reachable from here, or raise FACE_REQUEST_TIMEOUT_MS`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `the host ${url.hostname} cannot be resolved (DNS ${code}); check the host name in FACE_ENDPOINT`;
  if (code === 'ECONNREFUSED')
    return `nothing accepts connections at ${host} (connection refused); check FACE_ENDPOINT's host and port, and that the server runs`;
  if (TLS_CODES.test(code) || TLS_CODES.test(e.cause?.message ?? ''))
    return `the TLS handshake with ${host} failed (${code || e.cause?.message}); check FACE_ENDPOINT's scheme (http or https) and the server's certificate`;
  return `no answer from ${host} (${code || e.cause?.message || String(err)}); check FACE_ENDPOINT and the network`;
}

function hasSessionNotFound(text: string): boolean {
  return text.includes('SessionNotFound');
}

/** Runs the preflight against the configured endpoint (nothing to check for the embedded mock). */
export async function preflight(config: SuiteConfig): Promise<PreflightResult> {
  if (!config.endpoint) return { ok: true, sent: 0 };
  const timeoutMs = Math.min(config.requestTimeoutMs, PREFLIGHT_TIMEOUT_MS);
  const headers: Record<string, string> = config.apiKey
    ? { 'Ocp-Apim-Subscription-Key': config.apiKey }
    : { Authorization: `Bearer ${config.aadToken ?? ''}` };
  const paths = SESSION_FAMILIES.map(
    (family) =>
      `${config.endpoint}/face/${config.apiVersion}${fillPath(familyOperation(config.apiVersion, family, 'get'), { sessionId: randomUUID() })}`,
  );
  let sent = 0;
  for (const path of paths) {
    const url = new URL(path);
    let status: number;
    let text: string;
    try {
      sent++;
      const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      return { ok: false, sent, message: networkMessage(err, url, timeoutMs) };
    }
    const credential = config.apiKey ? 'FACE_API_KEY' : 'FACE_AAD_TOKEN';
    if (status === 401 || status === 403)
      return {
        ok: false,
        sent,
        message: `${url.host} refused the configured credentials (${status} on a harmless GET); check that ${credential} belongs to this resource${config.apiKey ? '' : ' and has not expired'}`,
      };
    if (status !== 404 || hasSessionNotFound(text)) return { ok: true, sent };
  }
  return {
    ok: false,
    sent,
    message: `every probed path of ${config.endpoint}/face/${config.apiVersion} answered 404 without SessionNotFound: a wrong endpoint, or a server that does not serve API version ${config.apiVersion}; check FACE_ENDPOINT and FACE_API_VERSION`,
  };
}
