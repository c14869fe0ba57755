import type { FaultSet } from './faults';
import type { LikeServiceOptions } from './likeService/options';
import type { WidestOptions } from './widest/options';

/** Options of `startMock`; every field has a default. */
export interface MockOptions {
  /** TCP port on 127.0.0.1; 0 (the default of `startMock`) picks a free one. */
  port?: number;
  /** The resource key accepted in `Ocp-Apim-Subscription-Key`. */
  key?: string;
  /** The Azure AD token accepted as `Authorization: Bearer <token>` on management calls. */
  aadToken?: string;
  /** Planted faults to switch on, by name (mock/FAULTS.md). */
  faults?: string[];
  /** How many times faster than real time the mock's clock runs (token expiry, dates); default 1. */
  timeScale?: number;
  /** Optional rate limit over every request: at most `requests` per `windowMs`, then 429. */
  rateLimit?: { requests: number; windowMs: number };
  /** Largest request body accepted, in bytes, for every content type; default 1 MiB JSON, 8 MiB multipart. */
  maxBodyBytes?: number;
  /**
   * Answer as the real service does (mock/likeService): `true` for the defaults (S0-like 10 requests per
   * second, other clients' sessions present), or the options. An explicit `rateLimit` wins over its rate.
   */
  likeService?: boolean | LikeServiceOptions;
  /**
   * Take every liberty the documents leave (mock/widest, schemas/liberties): `true` for the defaults, or
   * the options. Combines with `likeService`.
   */
  widest?: boolean | WidestOptions;
}

/** The key a mock accepts when none is given. */
export const DEFAULT_KEY = 'mock-subscription-key';
/** The AAD token a mock accepts when none is given. */
export const DEFAULT_AAD_TOKEN = 'mock-aad-token';
/** Default body limit of JSON (and any non-multipart) requests: 1 MiB. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** Default body limit of multipart requests: 8 MiB. */
export const MULTIPART_BODY_LIMIT = 8 * 1024 * 1024;

/** A mock's settled configuration: the options with defaults applied and the faults parsed. */
export interface MockConfig {
  key: string;
  aadToken: string;
  faults: FaultSet;
  rateLimit?: { requests: number; windowMs: number };
  jsonLimit: number;
  multipartLimit: number;
}

/** A clock that runs `timeScale` times faster than real time, from the moment it is made. */
export interface Clock {
  /** Simulated milliseconds since the epoch. */
  now(): number;
}

/** Makes a clock running `timeScale` times faster than real time. */
export function scaledClock(timeScale = 1): Clock {
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  }
  const origin = Date.now();
  return { now: () => origin + (Date.now() - origin) * timeScale };
}
