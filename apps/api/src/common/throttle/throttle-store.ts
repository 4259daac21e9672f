/** The state of one throttle counter after a hit. */
export interface ThrottleHit {
  /** Hits in the current window, this one included. */
  readonly count: number;
  /** Milliseconds until the window ends and the counter starts again. */
  readonly resetInMs: number;
}

/**
 * Counters for rate limits, shared by every replica of the API and kept across restarts. One fixed window per
 * key: the first hit opens a window of `windowMs`; hits inside it add up; the first hit after it starts at 1.
 */
export abstract class ThrottleStore {
  abstract hit(key: string, windowMs: number): Promise<ThrottleHit>;
  /** The key's current window without counting a hit; null when it has none (never hit, or expired). */
  abstract peek(key: string): Promise<ThrottleHit | null>;
  /** Forgets a key (e.g. the per-account counter after a successful password reset). */
  abstract reset(key: string): Promise<void>;
}
