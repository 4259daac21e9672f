import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SessionCache } from './session-cache';
import { SessionInvalidationBus, type SessionInvalidation } from './session-invalidation-bus';

/**
 * The one way to say "what is cached about this session or user is no longer true". Call it after the change has
 * committed (a notice sent earlier could be followed by a re-read of the old rows): this instance forgets at once,
 * every other instance when the notice reaches it, which `forget*` waits for.
 */
@Injectable()
export class SessionInvalidator implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly cache: SessionCache,
    private readonly bus: SessionInvalidationBus,
  ) {}

  onModuleInit(): void {
    this.bus.start({ invalidate: (notice) => this.apply(notice), reachable: (live) => this.cache.reset(live) });
  }

  /** Sign-out: this one session. */
  forgetSession(sessionId: string): Promise<void> {
    return this.forget({ kind: 'session', sessionId });
  }

  /** Password reset, role change, membership added or removed, profile change: every session of the user. */
  forgetUser(userId: string): Promise<void> {
    return this.forget({ kind: 'user', userId });
  }

  /** Resolves once invalidations from other instances are received. */
  ready(): Promise<void> {
    return this.bus.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }

  private async forget(notice: SessionInvalidation): Promise<void> {
    this.apply(notice);
    await this.bus.publish(notice);
  }

  private apply(notice: SessionInvalidation): void {
    if (notice.kind === 'session') this.cache.forgetSession(notice.sessionId);
    else this.cache.forgetUser(notice.userId);
  }
}
