import { createHash } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../errors/api-exception';
import { ThrottleStore } from './throttle-store';

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 40);

/**
 * Limits the account routes (sign-in, sign-up, password reset) in the shared ThrottleStore, before any password
 * is hashed: per client address across all accounts, and per account (e-mail) across all addresses. Over either
 * limit → 429 TOO_MANY_REQUESTS with Retry-After. Keys are hashed: no address or e-mail is stored in clear.
 */
@Injectable()
export class SignInLimitGuard implements CanActivate {
  constructor(
    private readonly store: ThrottleStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const action = context.getHandler().name;
    const window = this.config.LOGIN_LIMIT_WINDOW_MS;
    await this.check(`${action}:addr:${digest(String(req.ip))}`, this.config.LOGIN_ADDRESS_LIMIT, window);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = typeof body['email'] === 'string' ? body['email'].trim().toLowerCase() : '';
    if (email) await this.check(`${action}:acct:${digest(email)}`, this.config.LOGIN_ACCOUNT_LIMIT, window);
    return true;
  }

  private async check(key: string, limit: number, windowMs: number): Promise<void> {
    const hit = await this.store.hit(key, windowMs);
    if (hit.count > limit)
      throw ApiException.retryLater(429, 'TOO_MANY_REQUESTS', Math.max(1, Math.ceil(hit.resetInMs / 1000)));
  }
}
