import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiException } from '../errors/api-exception';
import { ThrottleStore } from './throttle-store';

/** One budget: at most `limit` uses per `windowMs`, counted separately for each subject (an account, an address…). */
export interface RateLimit {
  /** Names the budget in the counter key: two routes that charge the same name share one budget per subject. */
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** One use to count: the budget and whose it is. */
export interface RateLimitUse {
  readonly limit: RateLimit;
  /** Stored only as a hash (decision 0008): no user id, e-mail or address in clear in `throttle_counters`. */
  readonly subject: string;
}

/** The counter key of a budget for one subject: the name, then the first 40 hex digits of the subject's SHA-256. */
export function counterKey(name: string, subject: string): string {
  return `${name}:${createHash('sha256').update(subject).digest('hex').slice(0, 40)}`;
}

/** Whole seconds until a window ends, at least 1: the `Retry-After` of a refusal. */
export function secondsUntil(resetInMs: number): number {
  return Math.max(1, Math.ceil(resetInMs / 1000));
}

/**
 * Counts uses against budgets in the shared ThrottleStore (PostgreSQL, decision 0008), so replicas share one budget
 * and a restart forgets nothing. Call it where the request has passed its own checks (bad input is a 4xx without
 * spending anything) and before the costly work starts.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly store: ThrottleStore) {}

  /**
   * Counts one use against each budget in turn. The first one over its limit refuses with 429 `TOO_MANY_REQUESTS`
   * and `Retry-After` (until that window ends); the budgets after it are not counted, so an account refused by its
   * own budget does not spend its organization's.
   */
  async admit(...uses: readonly RateLimitUse[]): Promise<void> {
    for (const { limit, subject } of uses) {
      const hit = await this.store.hit(counterKey(limit.name, subject), limit.windowMs);
      if (hit.count > limit.limit) throw ApiException.retryLater(429, 'TOO_MANY_REQUESTS', secondsUntil(hit.resetInMs));
    }
  }
}
