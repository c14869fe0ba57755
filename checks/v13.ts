import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/** Where v1.3-preview.1's own rules are written. */
const SOURCE =
  'v1.3-preview.1 swagger (reference/v1.3-preview.1/Face.liveness-excerpt.json); reference/README.md; CONTRACT.md §5';

const ok = (status: number): boolean => status >= 200 && status < 300;

/**
 * §5: a session allows `numberOfClientAttemptsAllowed` device calls (1 when not given); the calls within
 * it are accepted and the next one is refused. The documents name no status for the refusal: any 4xx.
 */
export const v13AttemptsAllowedHonoured = defineCheck<{ allowed: number; statuses: number[] }>({
  name: 'v13AttemptsAllowedHonoured',
  requires: ['attemptLimit'],
  title: 'v1.3 device calls within numberOfClientAttemptsAllowed are accepted; the next one is refused',
  rule: 'v1.3 swagger numberOfClientAttemptsAllowed: "The number of times a client can attempt a liveness check using the same authToken. Default value is 1. Maximum value is 3."; CONTRACT.md §5: once used up, a further call is refused',
  source: SOURCE,
  needs: ['write', 'deviceSimulation'],
  evaluate: ({ allowed, statuses }) => {
    const findings: Finding[] = [];
    statuses.slice(0, allowed).forEach((status, i) => {
      if (!ok(status)) {
        findings.push({
          message: `attempt ${i + 1} of ${allowed} allowed was refused`,
          pointer: '/status',
          expected: '2xx',
          received: String(status),
        });
      }
    });
    const beyond = statuses[allowed];
    if (beyond !== undefined && !(beyond >= 400 && beyond < 500)) {
      findings.push({
        message: `attempt ${allowed + 1}, beyond the ${allowed} allowed, was not refused`,
        pointer: '/status',
        expected: '4xx',
        received: String(beyond),
      });
    }
    return findings;
  },
});

/** v1.3 swagger: the session shows the `expectedClientIpAddress` its create sent. */
export const v13CreatedValuesPersisted = defineCheck<{
  sent: Record<string, unknown>;
  session: Record<string, unknown> | undefined;
  where: 'create' | 'read';
}>({
  name: 'v13CreatedValuesPersisted',
  requires: ['expectedClientIp'],
  title: 'A v1.3 session shows the expectedClientIpAddress it was created with',
  rule: 'v1.3 swagger LivenessSession.expectedClientIpAddress: "The expected IP address or CIDR block of the client that runs the liveness check." (the value create sent)',
  source: SOURCE,
  needs: ['write'],
  applies: ({ sent, session }) => typeof sent.expectedClientIpAddress === 'string' && session !== undefined,
  evaluate: ({ sent, session, where }) =>
    session?.expectedClientIpAddress === sent.expectedClientIpAddress
      ? []
      : [
          {
            message: `the ${where} answer does not show the expectedClientIpAddress sent`,
            pointer: '/expectedClientIpAddress',
            expected: show(sent.expectedClientIpAddress),
            received: show(session?.expectedClientIpAddress),
          },
        ],
});

/** v1.3 swagger PATCH /settings "Update the liveness setting object": the value set is the value read. */
export const v13SettingsPersist = defineCheck<{ set: boolean; patched: unknown; read: unknown }>({
  name: 'v13SettingsPersist',
  requires: ['settings'],
  title: 'v1.3 PATCH /settings answers the setting it set, and GET /settings reads it back',
  rule: 'v1.3 swagger PatchSettings "Update the liveness setting object." answering Settings; GetSettings "Get the liveness sessions setting object."',
  source: SOURCE,
  needs: ['write'],
  evaluate: ({ set, patched, read }) => {
    const enabled = (v: unknown): unknown =>
      (v as { livenessAbuseMonitoring?: { enabled?: unknown } } | undefined)?.livenessAbuseMonitoring?.enabled;
    const findings: Finding[] = [];
    for (const [where, value] of [
      ['PATCH answer', patched],
      ['GET after PATCH', read],
    ] as const) {
      if (enabled(value) !== set) {
        findings.push({
          message: `${where} does not show the abuse monitoring setting just set`,
          pointer: '/livenessAbuseMonitoring/enabled',
          expected: String(set),
          received: show(enabled(value)),
        });
      }
    }
    return findings;
  },
});

/**
 * Base64 text, leniently: the alphabet (URL-safe letters too) and up to two `=`, any length (the official
 * example's value, cut short, is 33 characters long).
 */
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** v1.3 swagger ClientAssetsAccessTokenResponse: a token, when it expires, and "the base64 encoded access token". */
export const v13ClientAssetsTokenShape = defineCheck<{ status: number; body: unknown }>({
  name: 'v13ClientAssetsTokenShape',
  requires: ['settings'],
  title: 'v1.3 client assets token: a token, its expiry as a date-time, and base64 text',
  rule: 'v1.3 swagger ClientAssetsAccessTokenResponse {expiry: date-time "The expiry time of the access token.", accessToken, base64AccessToken: "The base64 encoded access token."}',
  source: SOURCE,
  applies: ({ status }) => status === 200,
  evaluate: ({ body }) => {
    const token = (body ?? {}) as Record<string, unknown>;
    const findings: Finding[] = [];
    if (typeof token.accessToken !== 'string' || token.accessToken === '') {
      findings.push({
        message: 'no access token',
        pointer: '/accessToken',
        expected: 'a token',
        received: show(token.accessToken),
      });
    }
    const b64 = token.base64AccessToken;
    if (typeof b64 !== 'string' || b64 === '' || !BASE64.test(b64)) {
      findings.push({
        message: 'base64AccessToken is not base64 text',
        pointer: '/base64AccessToken',
        expected: 'base64 (A-Z a-z 0-9 + /, = padding)',
        received: show(b64, 60),
      });
    }
    if (typeof token.expiry !== 'string' || Number.isNaN(Date.parse(token.expiry))) {
      findings.push({
        message: 'expiry is not a date-time',
        pointer: '/expiry',
        expected: 'a date-time',
        received: show(token.expiry),
      });
    }
    return findings;
  },
});
