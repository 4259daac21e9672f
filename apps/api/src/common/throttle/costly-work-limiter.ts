import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RateLimiter, type RateLimit } from './rate-limiter';

/**
 * The per-account budgets of the API's costly work (decision 0022), refused with 429 `TOO_MANY_REQUESTS` +
 * `Retry-After` before the work starts:
 * - **judging** a disclosure text (an organization's paste or upload, an investor's own check): one budget per
 *   account whichever route and organization it judges through, so switching routes or organizations doubles nothing;
 * - **LLM requests** (the second opinion on a disclosure, the AI rewrite of a draft section), which cost the operator
 *   money: one tighter budget per account and one per organization, both across the two routes (an investor's own
 *   check belongs to no organization: its account's budget alone).
 */
@Injectable()
export class CostlyWorkLimiter {
  private readonly judge: RateLimit;
  private readonly aiPerAccount: RateLimit;
  private readonly aiPerOrganization: RateLimit;

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.judge = { name: 'judge:acct', limit: config.JUDGE_ACCOUNT_LIMIT, windowMs: config.JUDGE_LIMIT_WINDOW_MS };
    this.aiPerAccount = { name: 'ai:acct', limit: config.AI_ACCOUNT_LIMIT, windowMs: config.AI_LIMIT_WINDOW_MS };
    this.aiPerOrganization = {
      name: 'ai:org',
      limit: config.AI_ORGANIZATION_LIMIT,
      windowMs: config.AI_LIMIT_WINDOW_MS,
    };
  }

  /** One text to judge, counted against the account. */
  judging(userId: string): Promise<void> {
    return this.limiter.admit({ limit: this.judge, subject: userId });
  }

  /** One request to the operator's LLM endpoint: the account's budget first, then its organization's. */
  llmRequest(userId: string, organizationId: string): Promise<void> {
    return this.limiter.admit(
      { limit: this.aiPerAccount, subject: userId },
      { limit: this.aiPerOrganization, subject: organizationId },
    );
  }

  /** One LLM request made outside any organization (an investor's own check): the account's budget alone. */
  accountLlmRequest(userId: string): Promise<void> {
    return this.limiter.admit({ limit: this.aiPerAccount, subject: userId });
  }
}
