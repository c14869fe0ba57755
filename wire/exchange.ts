import type { SentRequest } from './request';

/** A response as the checks see it. */
export interface WireResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: unknown;
  /**
   * Why the body was not read whole although the target sent one (JSON nested too deep, a body over the
   * size cap): the exchange's checks are not run (a safety limit), never a crash.
   */
  bodyProblem?: string;
  bytes: number;
  /** The body's bytes, when the client kept them: a binary answer (a session image) is not readable from `text`. */
  raw?: Uint8Array;
}

/** One request and its response, with timing. Request headers hold credentials: redact before writing. */
export interface Exchange {
  seq: number;
  request: SentRequest;
  response: WireResponse;
  startedAt: string;
  durationMs: number;
  retries: number;
  /** A final 429: why it was not retried again, naming the setting that applied (e.g. FACE_MAX_RETRIES). */
  rateLimitStop?: string;
}
