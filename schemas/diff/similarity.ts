/** Lower-case words of a camelCase or spaced name, a trailing plural `s` dropped (`results` → `result`). */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Jaccard similarity of two names' word sets, 0..1. */
export function similarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  const common = [...x].filter((w) => y.has(w)).length;
  const all = new Set([...x, ...y]).size;
  return all === 0 ? 0 : common / all;
}

/**
 * Pairs removed names with added ones they were probably renamed to: each removed name takes the most
 * similar compatible added name at or above `threshold`, best pairs first, each name used once.
 */
export function pairRenames(
  removed: string[],
  added: string[],
  compatible: (from: string, to: string) => boolean,
  threshold: number,
  nameOf: (path: string) => string = (p) => p,
): [string, string, number][] {
  const candidates: [string, string, number][] = [];
  for (const r of removed) {
    for (const a of added) {
      const score = similarity(nameOf(r), nameOf(a));
      if (score >= threshold && compatible(r, a)) candidates.push([r, a, score]);
    }
  }
  candidates.sort((p, q) => q[2] - p[2]);
  const used = new Set<string>();
  const pairs: [string, string, number][] = [];
  for (const [r, a, s] of candidates) {
    if (used.has(r) || used.has(a)) continue;
    used.add(r);
    used.add(a);
    pairs.push([r, a, s]);
  }
  return pairs;
}
