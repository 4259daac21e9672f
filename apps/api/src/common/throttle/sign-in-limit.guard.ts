import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RateLimiter } from './rate-limiter';

/**
 * Limits the account routes (sign-in, sign-up, password reset) in the shared ThrottleStore, before any password
 * is hashed: per client address across all accounts, and per account (e-mail) across all addresses. Over either
 * limit → 429 TOO_MANY_REQUESTS with Retry-After. Keys are hashed: no address or e-mail is stored in clear.
 */
@Injectable()
export class SignInLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const action = context.getHandler().name;
    const windowMs = this.config.LOGIN_LIMIT_WINDOW_MS;
    await this.limiter.admit({
      limit: { name: `${action}:addr`, limit: this.config.LOGIN_ADDRESS_LIMIT, windowMs },
      subject: String(req.ip),
    });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = typeof body['email'] === 'string' ? body['email'].trim().toLowerCase() : '';
    if (email)
      await this.limiter.admit({
        limit: { name: `${action}:acct`, limit: this.config.LOGIN_ACCOUNT_LIMIT, windowMs },
        subject: email,
      });
    return true;
  }
}
