import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiException } from '../../common/errors/api-exception';
import { ThrottleStore } from '../../common/throttle/throttle-store';

/** Checks one account may run in one window: an analyst working through a sector fits; a script looping does not. */
export const DISCLOSURE_CHECKS_PER_WINDOW = 30;
export const DISCLOSURE_CHECK_WINDOW_MS = 10 * 60_000;

/** Counter keys never hold the user id in clear (as the sign-in and workshop-join limits). */
const keyOf = (userId: string) => `disclosure-check:${createHash('sha256').update(userId).digest('hex').slice(0, 40)}`;

/**
 * Limits the investors' own disclosure checks per account, in the shared ThrottleStore (PostgreSQL, decision 0008),
 * so replicas share one budget and a restart forgets nothing. Over the limit → 429 `TOO_MANY_REQUESTS` with
 * `Retry-After`, before any text is judged.
 */
@Injectable()
export class DisclosureCheckLimiter {
  constructor(private readonly store: ThrottleStore) {}

  async admit(userId: string): Promise<void> {
    const hit = await this.store.hit(keyOf(userId), DISCLOSURE_CHECK_WINDOW_MS);
    if (hit.count > DISCLOSURE_CHECKS_PER_WINDOW)
      throw ApiException.retryLater(429, 'TOO_MANY_REQUESTS', Math.max(1, Math.ceil(hit.resetInMs / 1000)));
  }
}
