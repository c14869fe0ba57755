import type { SentRequest } from './request';

/** A response as the checks see it. */
export interface WireResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: unknown;
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
}
