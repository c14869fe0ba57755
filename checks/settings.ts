import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/** Where v1.3-preview.1's own rules are written. */
const SOURCE =
  'v1.3-preview.1 swagger (reference/v1.3-preview.1/Face.liveness-excerpt.json); reference/README.md; CONTRACT.md §5';

/**
 * v1.3 swagger PATCH /settings "Update the liveness setting object": the value set is the value read; a
 * PATCH that sets nothing (`{}`: every SettingsUpdate member is optional) leaves the value as it was.
 */
export const settingsPersist = defineCheck<{ set: boolean; patched: unknown; read: unknown }>({
  name: 'settingsPersist',
  requires: ['settings'],
  title: 'PATCH /settings answers the setting it set (unchanged by an empty PATCH), and GET /settings reads it back',
  rule: 'v1.3 swagger PatchSettings "Update the liveness setting object." answering Settings (SettingsUpdate: no member required, so a PATCH may set nothing and then changes nothing); GetSettings "Get the liveness sessions setting object."',
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
export const clientAssetsTokenShape = defineCheck<{ status: number; body: unknown }>({
  name: 'clientAssetsTokenShape',
  requires: ['settings'],
  title: 'Client assets token: a token, its expiry as a date-time, and base64 text',
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
