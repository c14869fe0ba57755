/** How the service-like layer behaves (`npm run mock -- --like-service`, `FACE_MOCK_LIKE_SERVICE=true`). */
export interface LikeServiceOptions {
  /**
   * Requests per second before 429 (`Retry-After: 1`, code "429"), like an S0 resource's per-second
   * policy; 0 turns the limit off. Default 10 (S0).
   */
  ratePerSecond?: number;
  /** Sessions of other clients already present (some expired, some started); default true. */
  foreignSessions?: boolean;
  /** Told of every write (delete) to another client's session, e.g. by a test that owns no handle. */
  onForeignWrite?: (method: string, sessionId: string) => void;
}

/** The S0 tier's per-second limit, the default rate of the service-like mock. */
export const S0_RATE_PER_SECOND = 10;
