import { Injectable } from '@nestjs/common';
import { ApiException } from '../../common/errors/api-exception';
import { counterKey, secondsUntil } from '../../common/throttle/rate-limiter';
import { ThrottleStore } from '../../common/throttle/throttle-store';

/** Failed code look-ups per client address in one window: a room never fails more than a few typos each. */
export const JOIN_FAILURES_PER_ADDRESS = 30;
/** Joins per workshop (per code) in one window: a 300-person room joining in a minute fits twice over. */
export const JOINS_PER_CODE = 600;
export const JOIN_WINDOW_MS = 60_000;
/** Failures are remembered longer, so that a guessing address stays slowed down. */
export const JOIN_FAILURE_WINDOW_MS = 10 * 60_000;

/** Thrown with the seconds to wait; the controller layer sends them as the standard `Retry-After` header. */
export class JoinThrottledException extends ApiException {
  constructor(seconds: number) {
    super(429, 'WORKSHOP_JOIN_BUSY', { seconds });
    this.retryAfterSeconds = seconds;
  }
}

/** Counter keys never hold an address in clear (as the sign-in limits). */
const failureKey = (address: string) => counterKey('join-fail', address);

/**
 * Limits joining a workshop by code without limiting a room: a whole room behind one NAT address shares the
 * address but not the failures. Successful joins are counted per code (the workshop), failed look-ups per
 * address only. Guessing one of 31^6 ≈ 8.9 × 10^8 codes at 30 failures per address per 10 minutes stays
 * hopeless (see docs/workshops.md). The counters live in the shared ThrottleStore (PostgreSQL, decision 0008),
 * so replicas behind a balancer share one budget and a restart forgets nothing.
 */
@Injectable()
export class JoinLimiter {
  constructor(private readonly store: ThrottleStore) {}

  /** Before looking the code up: refuses an address that has failed too often. */
  async checkAddress(address: string): Promise<void> {
    const failures = await this.store.peek(failureKey(address));
    if (failures && failures.count >= JOIN_FAILURES_PER_ADDRESS)
      throw new JoinThrottledException(secondsUntil(failures.resetInMs));
  }

  /** A code that opened a workshop: counts against that code's budget (429 beyond it). */
  async admit(code: string): Promise<void> {
    const joins = await this.store.hit(`join-code:${code}`, JOIN_WINDOW_MS);
    if (joins.count > JOINS_PER_CODE) throw new JoinThrottledException(secondsUntil(joins.resetInMs));
  }

  /** A code that opened nothing (or only a closed workshop). */
  async failed(address: string): Promise<void> {
    await this.store.hit(failureKey(address), JOIN_FAILURE_WINDOW_MS);
  }
}
