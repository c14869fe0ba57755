/**
 * Keeps secrets out of everything the suite writes: the API key, the AAD bearer token, and every
 * session authToken the run has seen. Header values of auth headers are always replaced.
 */
const AUTH_HEADERS = new Set(['ocp-apim-subscription-key', 'authorization']);

/** Replaces known secret values in text, JSON and headers. */
export class Redactor {
  private readonly secrets = new Map<string, string>();

  /** Adds a secret with the label it is replaced by (e.g. `api-key`); short or empty values are ignored. */
  add(value: string | undefined, label: string): void {
    if (value && value.length >= 4) this.secrets.set(value, `[REDACTED:${label}]`);
  }

  /** Replaces every known secret in a string. Longest secrets first, so overlapping ones redact whole. */
  text(input: string): string {
    let out = input;
    const ordered = [...this.secrets.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [secret, label] of ordered) out = out.split(secret).join(label);
    return out;
  }

  /** Deep-redacts a JSON-like value: every string (keys too), and any `authToken` field whatever its value. */
  value<T>(input: T): T {
    const walk = (v: unknown, key?: string): unknown => {
      if (typeof v === 'string') return key === 'authToken' ? '[REDACTED:authToken]' : this.text(v);
      if (Array.isArray(v)) return v.map((item) => walk(item));
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, item]) => [this.text(k), walk(item, k)]));
      }
      return v;
    };
    return walk(input) as T;
  }

  /** Redacts header values; auth headers are always replaced. */
  headers(input: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(input)) {
      out[name] = AUTH_HEADERS.has(name.toLowerCase()) ? `[REDACTED:${name.toLowerCase()}]` : this.text(v);
    }
    return out;
  }
}
