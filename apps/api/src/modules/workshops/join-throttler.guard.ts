import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';

/**
 * A room of participants often shares one address (office Wi-Fi behind NAT), so joining allows this many times
 * the sign-in limit: 100 joins a minute per address with the defaults. Guessing one of 32^6 codes stays hopeless.
 */
export const JOIN_LIMIT_FACTOR = 10;

/**
 * Throttles joining by code per client address, counted separately from sign-in, on the app's throttler
 * settings (LOGIN_THROTTLE_LIMIT × JOIN_LIMIT_FACTOR per LOGIN_THROTTLE_TTL_MS).
 */
@Injectable()
export class JoinThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return `workshop-join|${String(req['ip'])}`;
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({ ...request, limit: request.limit * JOIN_LIMIT_FACTOR });
  }
}
