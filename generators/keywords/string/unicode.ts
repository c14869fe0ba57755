import fc from 'fast-check';

/**
 * Text beyond ASCII, and how long it is under each reading a server may take of "N characters".
 *
 * The documents say "64 characters" without saying what a character is. JSON Schema's `maxLength` counts
 * code points; the real service (.NET) counts UTF-16 code units; a server that counts UTF-8 bytes is
 * wrong under both (it refuses 64 "é", which every reading allows). So a value the generators send as
 * valid must be within the bounds under BOTH legal readings:
 * - at a bound, BMP text only (outside ASCII, but one code point = one UTF-16 unit, while the UTF-8 bytes
 *   are 2–3 per character: a byte-counting server refuses it);
 * - astral characters (2 UTF-16 units each) only where their UTF-16 length is within the bounds too;
 * - NFC-stable text only (what a server stores is what was sent, whatever normalisation it applies).
 * Invalid values (over a bound) stay ASCII, so every reading agrees they are over it.
 */

/** Precomposed and plain BMP letters outside ASCII: Latin-1, Greek, Cyrillic, CJK, kana (2–3 UTF-8 bytes each). */
const BMP_LETTERS = ['é', 'ß', 'ñ', 'Ω', 'ж', '中', '文', 'ア', '€', 'ü'];
/** A base letter and a combining mark with no precomposed form (NFC keeps both): 2 code points, 2 units. */
const COMBINING = ['x\u0301', 'q\u0308', 'ж\u0301'];
/** Astral characters (outside the BMP): 1 code point, 2 UTF-16 units, 4 UTF-8 bytes each. */
const ASTRAL = ['😀', '𝄞', '𠀋', '🙂'];

/** How long a string is under each reading of "characters". */
export interface TextLengths {
  codePoints: number;
  utf16Units: number;
  utf8Bytes: number;
}

/** The lengths of `s` as JSON Schema (code points), .NET/JavaScript (UTF-16 units) and a byte counter see it. */
export function textLengths(s: string): TextLengths {
  return { codePoints: [...s].length, utf16Units: s.length, utf8Bytes: Buffer.byteLength(s, 'utf8') };
}

/** Whether `s` is within `min`..`max` under both legal readings (code points and UTF-16 units). */
export function withinEveryReading(s: string, min = 0, max = Infinity): boolean {
  const { codePoints, utf16Units } = textLengths(s);
  return codePoints >= min && utf16Units >= min && codePoints <= max && utf16Units <= max;
}

/** Whether `s` holds a character outside ASCII. */
export function isNonAscii(s: string): boolean {
  return [...s].some((c) => c.codePointAt(0)! > 0x7e);
}

/** Whether `s` holds a character outside the BMP (a surrogate pair in UTF-16). */
export function hasAstral(s: string): boolean {
  return [...s].some((c) => c.codePointAt(0)! > 0xffff);
}

/**
 * A string of exactly `n` code points and `n` UTF-16 units, non-ASCII wherever it can be: BMP letters and
 * letter + combining mark pairs in turn. At a length bound, every legal reading agrees on its length.
 */
export function bmpTextOfLength(n: number): string {
  const pieces: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const pair = COMBINING[i % COMBINING.length];
    const piece = i % 3 === 2 && length + 2 <= n ? pair : BMP_LETTERS[i % BMP_LETTERS.length];
    pieces.push(piece);
    length += [...piece].length;
  }
  return pieces.join('');
}

/** A string of `n` astral characters: `n` code points, `2n` UTF-16 units. */
export function astralText(n: number): string {
  return Array.from({ length: n }, (_, i) => ASTRAL[i % ASTRAL.length]).join('');
}

/** One unit of generated text: printable ASCII mostly, else BMP non-ASCII, a combining pair or an astral character. */
const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...BMP_LETTERS) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
);

/** Drops trailing code points until the text is within `max` under both readings. */
function fitUnder(s: string, max: number): string {
  const points = [...s];
  while (points.length > max || points.join('').length > max) points.pop();
  return points.join('');
}

/**
 * Text of `min`..`max` characters under both legal readings, drawn from ASCII, BMP non-ASCII, combining
 * pairs and astral characters; NFC-stable. Shrinks towards shorter, ASCII text.
 */
export function unicodeText(min: number, max: number): fc.Arbitrary<string> {
  // Short texts mostly, as fast-check sizes them; long ones too, so astral text meets the bound.
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit, minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit, minLength: min, maxLength: max, size: 'max' }) },
  );
  return text.map((s) => fitUnder(s, max)).filter((s) => withinEveryReading(s, min, max) && s === s.normalize('NFC'));
}
