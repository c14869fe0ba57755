/**
 * Keeps secrets out of everything the suite writes: the API key, the AAD bearer token, and every
 * session authToken the run has seen. Header values of auth headers are always replaced.
 */
const AUTH_HEADERS = new Set(['ocp-apim-subscription-key', 'authorization']);

/** Secrets shorter than this are not redacted (they would match by chance). */
const MIN_SECRET = 4;

/** Replaces known secret values in text, JSON and headers. */
export class Redactor {
  private readonly secrets = new Map<string, string>();
  /**
   * The secrets by their first four characters, then by length (longest first): built once per change,
   * so redacting a text costs its length, not its length times the number of secrets (a recording adds
   * a session token per create: thousands).
   */
  private index: Map<string, { lengths: number[]; labels: Map<string, string> }> | undefined;

  /** Adds a secret with the label it is replaced by (e.g. `api-key`); short or empty values are ignored. */
  add(value: string | undefined, label: string): void {
    if (value && value.length >= MIN_SECRET && !this.secrets.has(value)) {
      this.secrets.set(value, `[REDACTED:${label}]`);
      this.index = undefined;
    }
  }

  /**
   * Replaces every known secret in a string, scanning it once from the left; where secrets overlap at one
   * place, the longest wins, so overlapping ones redact whole.
   */
  text(input: string): string {
    if (this.secrets.size === 0 || input.length < MIN_SECRET) return input;
    const index = (this.index ??= this.buildIndex());
    let out = '';
    let last = 0;
    let i = 0;
    while (i + MIN_SECRET <= input.length) {
      const slot = index.get(input.slice(i, i + MIN_SECRET));
      const length = slot?.lengths.find((n) => slot.labels.has(input.slice(i, i + n)));
      if (slot && length !== undefined) {
        out += input.slice(last, i) + slot.labels.get(input.slice(i, i + length))!;
        i += length;
        last = i;
      } else i++;
    }
    return last === 0 ? input : out + input.slice(last);
  }

  private buildIndex(): Map<string, { lengths: number[]; labels: Map<string, string> }> {
    const index = new Map<string, { lengths: number[]; labels: Map<string, string> }>();
    for (const [secret, label] of this.secrets) {
      const key = secret.slice(0, MIN_SECRET);
      const slot = index.get(key) ?? { lengths: [], labels: new Map<string, string>() };
      slot.labels.set(secret, label);
      if (!slot.lengths.includes(secret.length)) slot.lengths.push(secret.length);
      index.set(key, slot);
    }
    for (const slot of index.values()) slot.lengths.sort((a, b) => b - a);
    return index;
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
