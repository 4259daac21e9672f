import { Inject, Injectable } from '@nestjs/common';
import {
  MAX_SECOND_OPINION_CHARS,
  SecondOpinionError,
  assertSecondOpinionText,
  requestSecondOpinion,
  type DisclosureRecord,
  type SecondOpinion,
} from '@ipgn/disclosure-scoring';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { CostlyWorkLimiter } from '../../common/throttle/costly-work-limiter';
import { DisclosuresService } from './disclosures.service';
import { DisclosureChecksService } from './disclosure-checks.service';

/**
 * Optional LLM second opinion on a scored disclosure (an organization's saved judgement or an investor's own check),
 * through the OpenAI-compatible endpoint the operator set for AI rewriting. Off by default: without AI_REWRITE_URL +
 * AI_REWRITE_MODEL no request is ever made. It is asked on demand, returned beside the stored rule-based judgement
 * (never replacing it) and not saved. Each request is charged to the LLM budgets (shared with the drafts' AI rewrite:
 * the account's and the organization's; an investor's check, the account's alone) just before it is sent: a missing
 * id, the feature off or a text too long to send spend nothing.
 */
@Injectable()
export class DisclosureSecondOpinionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly disclosures: DisclosuresService,
    private readonly checks: DisclosureChecksService,
    private readonly limits: CostlyWorkLimiter,
  ) {}

  async secondOpinion(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<SecondOpinion> {
    // Tenancy first: another organization's id is 404 whether or not the feature is on.
    const record = await this.disclosures.get(org, id);
    return this.ask(record, () => this.limits.llmRequest(actor.id, org.organizationId));
  }

  /** On an investor's own check: another account's id is 404 (and a company account 403) before anything else. */
  async onCheck(actor: AuthenticatedUser, id: string): Promise<SecondOpinion> {
    const record = await this.checks.get(actor, id);
    return this.ask(record, () => this.limits.accountLlmRequest(actor.id));
  }

  private async ask(record: DisclosureRecord, charge: () => Promise<void>): Promise<SecondOpinion> {
    const url = this.config.AI_REWRITE_URL;
    const model = this.config.AI_REWRITE_MODEL;
    if (!url || !model) throw new ApiException(404, 'SECOND_OPINION_DISABLED');
    try {
      assertSecondOpinionText(record.text);
      await charge();
      return await requestSecondOpinion(
        { url, model, apiKey: this.config.AI_REWRITE_API_KEY, timeoutMs: this.config.AI_SECOND_OPINION_TIMEOUT_MS },
        record.text,
        record.language,
      );
    } catch (e) {
      if (!(e instanceof SecondOpinionError)) throw e;
      if (e.code === 'TEXT_TOO_LONG')
        throw new ApiException(413, 'SECOND_OPINION_TEXT_TOO_LONG', {
          limit: MAX_SECOND_OPINION_CHARS.toLocaleString('en-US'),
        });
      throw new ApiException(502, 'SECOND_OPINION_UNAVAILABLE', { reason: e.code });
    }
  }
}
