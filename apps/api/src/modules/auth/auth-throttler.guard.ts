import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Throttles sign-in, sign-up and password resets per client address and e-mail address, so that guessing one
 * account's password is slow while colleagues behind the same office NAT are not locked out together.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = (req['body'] ?? {}) as Record<string, unknown>;
    const email = typeof body['email'] === 'string' ? body['email'].trim().toLowerCase() : '';
    return `${String(req['ip'])}|${email}`;
  }
}
