import { Injectable } from '@nestjs/common';
import { ApiException } from '../../common/errors/api-exception';

/** Failed code look-ups per client address in one window: a room never fails more than a few typos each. */
export const JOIN_FAILURES_PER_ADDRESS = 30;
/** Joins per workshop (per code) in one window: a 300-person room joining in a minute fits twice over. */
export const JOINS_PER_CODE = 600;
export const JOIN_WINDOW_MS = 60_000;
/** Failures are remembered longer, so that a guessing address stays slowed down. */
export const JOIN_FAILURE_WINDOW_MS = 10 * 60_000;

interface Window {
  count: number;
  resetAt: number;
}

/** Thrown with the seconds to wait; the controller layer sends them as the standard `Retry-After` header. */
export class JoinThrottledException extends ApiException {
  constructor(seconds: number) {
    super(429, 'WORKSHOP_JOIN_BUSY', { seconds });
    this.retryAfterSeconds = seconds;
  }
}

/**
 * Limits joining a workshop by code without limiting a room: a whole room behind one NAT address shares the
 * address but not the failures. Successful joins are counted per code (the workshop), failed look-ups per
 * address only. Guessing one of 31^6 ≈ 8.9 × 10^8 codes at 30 failures per address per 10 minutes stays
 * hopeless (see docs/workshops.md). In-process counters: each API instance counts on its own.
 */
@Injectable()
export class JoinLimiter {
  private readonly perCode = new Map<string, Window>();
  private readonly failuresPerAddress = new Map<string, Window>();

  /** Before looking the code up: refuses an address that has failed too often. */
  checkAddress(address: string, now = Date.now()): void {
    const w = this.current(this.failuresPerAddress, address, now, JOIN_FAILURE_WINDOW_MS);
    if (w.count >= JOIN_FAILURES_PER_ADDRESS) throw new JoinThrottledException(Math.ceil((w.resetAt - now) / 1000));
  }

  /** A code that opened a workshop: counts against that code's budget (429 beyond it). */
  admit(code: string, now = Date.now()): void {
    const w = this.current(this.perCode, code, now, JOIN_WINDOW_MS);
    if (w.count >= JOINS_PER_CODE) throw new JoinThrottledException(Math.ceil((w.resetAt - now) / 1000));
    w.count++;
  }

  /** A code that opened nothing (or only a closed workshop). */
  failed(address: string, now = Date.now()): void {
    this.current(this.failuresPerAddress, address, now, JOIN_FAILURE_WINDOW_MS).count++;
  }

  private current(map: Map<string, Window>, key: string, now: number, windowMs: number): Window {
    let w = map.get(key);
    if (!w || w.resetAt <= now) {
      if (map.size > 50_000) for (const [k, v] of map) if (v.resetAt <= now) map.delete(k);
      w = { count: 0, resetAt: now + windowMs };
      map.set(key, w);
    }
    return w;
  }
}
