/**
 * The preflight: before any test, a few harmless GETs tell a setup mistake from a non-conforming server,
 * so an unreachable or misconfigured target ends the run at once with exit 2 and one line (cause and fix)
 * instead of dozens of "failures".
 *
 * The probe is a GET of a random, unknown session id. It exists in every supported version (v1.2 GA has
 * no list operation), reads nothing of anyone's, and a right endpoint, version and credential answer it
 * 404 with a FaceErrorResponse naming `SessionNotFound` (the real service does; see
 * /work/shared/recordings/README.md). A 404 without that code may be a server that speaks the API but
 * answers unknown ids with another code (the suite judges that: `documentedErrorCode`, exit 1), or a wrong
 * endpoint or a version the server does not serve. What tells them apart, in order: the other family's
 * session path; a read that answers 200 only where the version is served (the previews' list, v1.3's
 * settings); a FaceErrorResponse on the session paths that an unknown path does not give (v1.2). Only when
 * none shows the API is served does the run stop. Other answers (200, 400, 5xx) go to the suite.
 */
import { randomUUID } from 'node:crypto';
import { SESSION_FAMILIES, contractFor, familyOperation } from '../schemas';
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
  if (code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW')
    return `${host} answered, but not in valid HTTP (${code}: ${e.cause?.message ?? ''}); check that FACE_ENDPOINT points at the Face API itself, not at another service or a proxy that breaks answers`;
  if (TLS_CODES.test(code) || TLS_CODES.test(e.cause?.message ?? ''))
    return `the TLS handshake with ${host} failed (${code || e.cause?.message}); check FACE_ENDPOINT's scheme (http or https) and the server's certificate`;
  return `no answer from ${host} (${code || e.cause?.message || String(err)}); check FACE_ENDPOINT and the network`;
}

/** One answer of the preflight: its status, its body text, and the error code when it is a FaceErrorResponse. */
interface Answer {
  url: URL;
  status: number;
  code?: string;
}

/** The `error.code` of a FaceErrorResponse (`{error: {code, message}}`), else undefined. */
function faceErrorCode(text: string): string | undefined {
  try {
    const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return typeof error?.code === 'string' && typeof error.message === 'string' ? error.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The harmless reads that answer 200 only where the version is served: the previews' list (one item),
 * v1.3-preview.1's settings. v1.2 has neither: `preflight` compares with an unknown path instead.
 */
function servedProbes(version: SuiteConfig['apiVersion']): string[] {
  const contract = contractFor(version);
  const list = contract.families.liveness.list;
  return [
    ...(list ? [`${fillPath(list)}?top=1`] : []),
    ...(contract.settings.getSettings ? [fillPath(contract.settings.getSettings)] : []),
  ];
}

/** Runs the preflight against the configured endpoint (nothing to check for the embedded mock). */
export async function preflight(config: SuiteConfig): Promise<PreflightResult> {
  if (!config.endpoint) return { ok: true, sent: 0 };
  const timeoutMs = Math.min(config.requestTimeoutMs, PREFLIGHT_TIMEOUT_MS);
  const headers: Record<string, string> = config.apiKey
    ? { 'Ocp-Apim-Subscription-Key': config.apiKey }
    : { Authorization: `Bearer ${config.aadToken ?? ''}` };
  const base = `${config.endpoint}/face/${config.apiVersion}`;
  const credential = config.apiKey ? 'FACE_API_KEY' : 'FACE_AAD_TOKEN';
  let sent = 0;
  /** GETs one path; a network error or a refused credential ends the preflight (thrown as its result). */
  const get = async (path: string): Promise<Answer> => {
    const url = new URL(`${base}${path}`);
    let status: number;
    let text: string;
    try {
      sent++;
      const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      throw stop(networkMessage(err, url, timeoutMs));
    }
    if (status === 401 || status === 403)
      throw stop(
        `${url.host} refused the configured credentials (${status} on a harmless GET); check that ${credential} belongs to this resource${config.apiKey ? '' : ' and has not expired'}`,
      );
    return { url, status, code: faceErrorCode(text) };
  };
  const stop = (message: string): Stop => new Stop(message);
  try {
    const sessions: Answer[] = [];
    for (const family of SESSION_FAMILIES) {
      const answer = await get(
        fillPath(familyOperation(config.apiVersion, family, 'get'), { sessionId: randomUUID() }),
      );
      if (answer.status !== 404 || answer.code === 'SessionNotFound') return { ok: true, sent };
      sessions.push(answer);
    }
    // Both session paths answered 404 without SessionNotFound: a server that speaks the API and answers
    // unknown sessions badly (the suite judges that: documentedErrorCode), or a wrong endpoint or version.
    for (const path of servedProbes(config.apiVersion)) {
      if ((await get(path)).status === 200) return { ok: true, sent };
    }
    const unknown = await get(`/conformance-preflight-unknown-path-${randomUUID()}`);
    const spoken = sessions.every(
      (a) => a.code !== undefined && (a.status !== unknown.status || a.code !== unknown.code),
    );
    if (spoken) return { ok: true, sent };
  } catch (err) {
    if (err instanceof Stop) return { ok: false, sent, message: err.message };
    throw err;
  }
  return {
    ok: false,
    sent,
    message: `every probed path of ${base} answered 404 without SessionNotFound, and nothing shows the API is served there (an unknown path answers the same): a wrong endpoint, or a server that does not serve API version ${config.apiVersion}; check FACE_ENDPOINT and FACE_API_VERSION`,
  };
}

/** The end of a preflight with a one-line message. */
class Stop extends Error {}
