/**
 * The report's last line of defence against leaked credentials. The suite redacts upstream; this pass
 * replaces, in every string written, the configured key and AAD token (FACE_API_KEY, FACE_AAD_TOKEN) and
 * anything shaped like a credential: a bearer token, an `authToken` JSON value, a subscription-key header.
 */

/** The suite's deliberately wrong key (CONTRACT.md §3 rule 7 checks), which is not a secret. */
const WRONG_KEY = '00000000000000000000000000000000';

const PATTERNS: [RegExp, (m: string, ...groups: string[]) => string][] = [
  [/(Bearer\s+)(?!\[REDACTED|\$)[A-Za-z0-9\-._~+/]{8,}=*/g, (_m, p: string) => `${p}[REDACTED:bearer]`],
  [/("authToken"\s*:\s*")(?!\[REDACTED)[^"]+(")/g, (_m, p: string, s: string) => `${p}[REDACTED:authToken]${s}`],
  [
    /((?:ocp-apim-subscription-key)["']?\s*[:=]\s*["']?)(?!\[REDACTED|\$)([A-Za-z0-9]{8,})/gi,
    (m, p: string, v: string) => (v === WRONG_KEY ? m : `${p}[REDACTED:api-key]`),
  ],
];

/** Known secret values from the environment (values under 4 characters are ignored as unsafe to replace). */
export function secretsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return [env.FACE_API_KEY, env.FACE_AAD_TOKEN].map((v) => v?.trim() ?? '').filter((v) => v.length >= 4);
}

/** Replaces known secrets and credential-shaped values in a string. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('[REDACTED:secret]');
  for (const [re, fn] of PATTERNS) out = out.replace(re, fn);
  return out;
}

/** Deep-scrubs every string (keys included) of a JSON-like value. */
export function scrubValue<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return scrubText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubValue(v, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [scrubText(k, secrets), scrubValue(v, secrets)]),
    ) as T;
  }
  return value;
}
