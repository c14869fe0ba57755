import fc from 'fast-check';
import type { Proposal } from '../../cases/types';
import type { FlatSchema } from '../../_internals/flat';
import { FORMAT_ARBITRARIES, FORMAT_EXAMPLES, FORMAT_MALFORMED } from './format';
import { astralText, bmpTextOfLength, unicodeText, withinEveryReading } from './unicode';

/** Longest string generated when `maxLength` is open. */
const OPEN_LENGTH = 80;

function lengthOk(flat: FlatSchema, s: string): boolean {
  const n = [...s].length;
  return n >= (flat.minLength ?? 0) && n <= (flat.maxLength ?? Infinity);
}

/**
 * A string honouring `minLength`/`maxLength`, `pattern` (`fc.stringMatching`) and `format`. Free text mixes
 * ASCII with BMP non-ASCII letters, combining marks and astral characters, within the lengths under both
 * legal readings of "characters" (code points and UTF-16 units: ./unicode.ts).
 */
export function stringArbitrary(flat: FlatSchema): fc.Arbitrary<string> {
  if (flat.pattern !== undefined || flat.format !== undefined) {
    const base =
      flat.format !== undefined ? FORMAT_ARBITRARIES[flat.format]() : fc.stringMatching(new RegExp(flat.pattern ?? ''));
    const both = flat.format !== undefined && flat.pattern !== undefined ? new RegExp(flat.pattern) : undefined;
    return base.filter((s) => lengthOk(flat, s) && (!both || both.test(s)));
  }
  const minLength = flat.minLength ?? 0;
  const maxLength = Math.min(flat.maxLength ?? minLength + OPEN_LENGTH, minLength + 10_000);
  return unicodeText(minLength, maxLength);
}

/** A deterministic valid string: the format's example, a seeded pattern match, or `example` fitted to the lengths. */
export function exampleString(flat: FlatSchema): string {
  if (typeof flat.default === 'string' && lengthOk(flat, flat.default)) return flat.default;
  if (flat.format !== undefined) return FORMAT_EXAMPLES[flat.format];
  if (flat.pattern !== undefined) return fc.sample(stringArbitrary(flat), { seed: 1, numRuns: 1 })[0];
  const min = flat.minLength ?? 0;
  const text = 'example'.padEnd(min, 'x');
  return text.slice(0, Math.max(min, Math.min(text.length, flat.maxLength ?? Infinity)));
}

/** ASCII text of `n` characters: over a bound under every reading of "characters" (code points, units, bytes). */
function ofLength(n: number): string {
  return 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(Math.ceil(n / 36) + 1).slice(0, n);
}

/** `minLength`/`maxLength` violations (one character outside each bound), `pattern` and `format` ones. */
export function stringViolations(flat: FlatSchema, pointer: string, current: unknown): Proposal[] {
  const out: Proposal[] = [];
  if (flat.minLength !== undefined && flat.minLength > 0) {
    out.push({ keyword: 'minLength', scenario: 'too-short', pointer, replacement: ofLength(flat.minLength - 1) });
  }
  if (flat.maxLength !== undefined) {
    out.push({ keyword: 'maxLength', scenario: 'too-long', pointer, replacement: ofLength(flat.maxLength + 1) });
  }
  if (flat.pattern !== undefined) {
    const re = new RegExp(flat.pattern);
    const valid = typeof current === 'string' ? current : exampleString(flat);
    const candidates = [`!${[...valid].slice(1).join('')}`, `${valid}!`, '!'];
    const replacement = candidates.find((c) => !re.test(c));
    if (replacement !== undefined) out.push({ keyword: 'pattern', scenario: 'pattern-mismatch', pointer, replacement });
  }
  if (flat.format !== undefined) {
    for (const replacement of FORMAT_MALFORMED[flat.format]) {
      out.push({ keyword: 'format', scenario: 'malformed-format', pointer, replacement });
    }
  }
  return out;
}

/**
 * The shortest valid text, non-ASCII: astral characters when they fit the bounds under both readings (one
 * deviceCorrelationId character: 1 code point, 2 UTF-16 units), else BMP text exactly `min` long.
 */
function atMinLength(min: number, max: number | undefined): string {
  const astral = astralText(min);
  return withinEveryReading(astral, min, max) ? astral : bmpTextOfLength(min);
}

/**
 * Strings exactly `minLength` and `maxLength` long, as valid values, outside ASCII: at the upper bound BMP
 * text with combining marks (as long in code points as in UTF-16 units, longer in bytes), so a server that
 * counts bytes, or fails on Unicode, refuses a value every reading of the documents allows.
 */
export function stringBoundaries(flat: FlatSchema, pointer: string): Proposal[] {
  if (flat.pattern !== undefined || flat.format !== undefined) return [];
  const out: Proposal[] = [];
  if (flat.minLength !== undefined) {
    const replacement = atMinLength(flat.minLength, flat.maxLength);
    out.push({ keyword: 'minLength', scenario: 'at-min-length', pointer, replacement });
  }
  if (flat.maxLength !== undefined) {
    const replacement = bmpTextOfLength(flat.maxLength);
    out.push({ keyword: 'maxLength', scenario: 'at-max-length', pointer, replacement });
  }
  return out;
}
