import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { MockConfig } from './config';
import { HttpError } from './http';
import type { SessionFamily } from '../schemas';
import type { MockState, Session } from './state';

/** Compares secrets in constant time. */
function same(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The bearer token of a request, if it sent `Authorization: Bearer <token>`. */
export function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function subscriptionKey(req: IncomingMessage): string | undefined {
  const value = req.headers['ocp-apim-subscription-key'];
  return Array.isArray(value) ? value.join(',') : value;
}

const unauthorized = (message: string): HttpError => new HttpError(401, '401', message);

/**
 * Checks a management call (CONTRACT.md §3 rule 7): the resource key in `Ocp-Apim-Subscription-Key` or the
 * AAD token as a bearer token; never a session token. Throws 401 with code "401" otherwise.
 */
export function authorizeManagement(req: IncomingMessage, config: MockConfig, state: MockState): void {
  const key = subscriptionKey(req);
  const token = bearer(req);
  const { faults } = config;
  if (same(key, config.key) || same(token, config.aadToken)) return;
  if (faults.has('wrong-key-accepted') && key) return;
  if (faults.has('missing-key-accepted') && key === undefined && req.headers.authorization === undefined) return;
  if (faults.has('management-accepts-session-token') && token && (state.byToken(token) || state.ga.byToken(token)))
    return;
  throw unauthorized(
    'access denied: send the resource key in Ocp-Apim-Subscription-Key or an Azure AD token as Authorization: Bearer',
  );
}

/**
 * Checks a device call (CONTRACT.md §1): `Authorization: Bearer <authToken>` of a live session of the path's
 * family, within its TTL. Never the resource key. Returns the session, or undefined when a fault let the
 * resource key through. Throws 401 with code "401" otherwise.
 */
export function authorizeDevice(
  req: IncomingMessage,
  config: MockConfig,
  state: MockState,
  family: SessionFamily,
  now: number,
): Session | undefined {
  const { faults } = config;
  const token = bearer(req);
  const session = token === undefined ? undefined : state.byToken(token);
  if (session && (session.family === family || faults.has('token-crosses-families'))) {
    const deleted = session.deleted && !faults.has('token-works-after-delete');
    const expired = now >= session.createdAt + session.ttl * 1000 && !faults.has('expired-token-accepted');
    if (!deleted && !expired) return session;
    throw unauthorized('the session token has expired or its session was deleted; create a new session');
  }
  if (faults.has('device-accepts-resource-key') && (same(subscriptionKey(req), config.key) || same(token, config.key)))
    return undefined;
  throw unauthorized('access denied: send the session authToken as Authorization: Bearer <authToken>');
}
