import type { WireRequest } from './request';

/** A response as the checks see it. */
export interface WireResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: unknown;
  bytes: number;
}

/** One request and its response, with timing. Request headers hold credentials: redact before writing. */
export interface Exchange {
  seq: number;
  request: WireRequest & { url: string; sentHeaders: Record<string, string> };
  response: WireResponse;
  startedAt: string;
  durationMs: number;
  retries: number;
}
