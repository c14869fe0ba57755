/** How the widest legal server behaves (`npm run mock -- --widest`, `FACE_MOCK_WIDEST=true`). */
export interface WidestOptions {
  /** Seed of its choices (which conflict side, which order, when a 429 comes); default 20. */
  seed?: number;
  /** Whether it answers 429 now and then (liberty rate-limited-any-time); default true. */
  rateLimits?: boolean;
}

/** The seed of a widest mock given none. */
export const DEFAULT_WIDEST_SEED = 20;
