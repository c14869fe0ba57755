/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A template tag that escapes every interpolated value unless it is marked as already-built HTML. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += renderValue(v) + strings[i + 1];
  });
  return new Html(out);
}

/** Already-escaped HTML; interpolating it into `html` keeps it as is. */
export class Html {
  constructor(readonly value: string) {}
  /** The HTML text. */
  toString(): string {
    return this.value;
  }
}

function renderValue(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(renderValue).join('');
  if (v === undefined || v === null || v === false) return '';
  return esc(v);
}

/** Marks a trusted constant (CSS, the page script) as HTML; never pass data through this. */
export function trusted(text: string): Html {
  return new Html(text);
}

/** Milliseconds as `1.2 s` or `3 min 4 s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** `n thing` or `n things`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
