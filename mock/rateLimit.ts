import { HttpError } from './http';

/** A fixed-window request counter: `check()` throws 429 with code "429" and `Retry-After` once over. */
export interface RateLimiter {
  check(): void;
  reset(): void;
}

/** A limiter allowing `requests` per `windowMs` (real time); without a limit, `check()` never throws. */
export function rateLimiter(limit?: { requests: number; windowMs: number }): RateLimiter {
  let windowStart = Date.now();
  let count = 0;
  return {
    check() {
      if (!limit) return;
      const now = Date.now();
      if (now - windowStart >= limit.windowMs) {
        windowStart = now;
        count = 0;
      }
      count++;
      if (count <= limit.requests) return;
      const seconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
      throw new HttpError(429, '429', `rate limit of ${limit.requests} requests per ${limit.windowMs} ms exceeded`, {
        'Retry-After': String(seconds),
      });
    },
    reset() {
      windowStart = Date.now();
      count = 0;
    },
  };
}
