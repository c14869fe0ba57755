/**
 * The one line for a request that got no usable answer: what happened (no answer in time, connection refused or
 * reset, TLS, invalid HTTP) and the fix that fits it; the target answering invalid HTTP is not told to raise
 * FACE_REQUEST_TIMEOUT_MS.
 */
import { ExchangeTimeout, InvalidAnswer } from './http';

/** How a refusal after a request without answer begins. */
export const NOT_ANSWERING = 'the target stopped answering';

/**
 * The one line for a request that got no usable answer, naming what happened and the fix; undefined for an
 * error of ours (Node refusing what we would send), which is not the target's.
 */
export function downReason(err: unknown, what: string, timeoutMs: number): string | undefined {
  const code = (err as { code?: string }).code ?? '';
  if (err instanceof InvalidAnswer)
    return `the target answered invalid HTTP: ${what}: ${firstLine(err)}; check that FACE_ENDPOINT points at the Face API itself, not at another service or a proxy that breaks answers`;
  if (err instanceof ExchangeTimeout)
    return `${NOT_ANSWERING}: ${what}: no whole answer within ${timeoutMs} ms; check that the target is up, or raise FACE_REQUEST_TIMEOUT_MS`;
  if (code.startsWith('ERR_') && !code.startsWith('ERR_TLS') && !code.startsWith('ERR_SSL')) return undefined;
  return `${NOT_ANSWERING}: ${what}: ${firstLine(err)}${code && !firstLine(err).includes(code) ? ` (${code})` : ''}; check that the target is up and reachable from here`;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err))
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')[0]
    .slice(0, 200);
}
