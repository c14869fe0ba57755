/**
 * What `npm run traffic` reads at most, so a hostile or huge recording ends with one line or a finding
 * instead of exhausting memory: the HAR file itself, and each entry's response body (inline or a body
 * file beside it). The body cap is the live client's (`FACE_MAX_RESPONSE_BYTES`), so a recorded answer is
 * judged as the same answer sent live would be.
 */

const MB = 1024 * 1024;

/** Default cap on a HAR file: a 100 000-entry recording of this API is about 100 MB. */
export const DEFAULT_MAX_HAR_BYTES = 256 * MB;
/** Default cap on one response body, as the live client's default. */
export const DEFAULT_MAX_BODY_BYTES = 8 * MB;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** The HAR file cap in bytes (`FACE_MAX_HAR_BYTES`). */
export function maxHarBytes(): number {
  return positiveInt('FACE_MAX_HAR_BYTES', DEFAULT_MAX_HAR_BYTES);
}

/** The cap on one recorded response body in bytes (`FACE_MAX_RESPONSE_BYTES`). */
export function maxBodyBytes(): number {
  return positiveInt('FACE_MAX_RESPONSE_BYTES', DEFAULT_MAX_BODY_BYTES);
}

/** A byte count for messages: `12.3 MB`, `512 bytes`. */
export function bytesText(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} bytes`;
}

/** Why a body over the cap was not checked (the skip reason of its checks). */
export function overCapReason(size: number, cap: number): string {
  return `body of ${bytesText(size)} over FACE_MAX_RESPONSE_BYTES=${cap} bytes (a safety limit of this suite; no document states a size): not read, not checked; raise FACE_MAX_RESPONSE_BYTES to check it`;
}
