import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { CostlyWorkLimiter } from '../../common/throttle/costly-work-limiter';
import { paragraphText } from './draft-text';
import { DraftsService } from './drafts.service';
import type { AiRewriteDto } from './dto/drafts.dto';
import type { AiSuggestion } from '@ipgn/contracts';

const TIMEOUT_MS = 60_000;
const MAX_SUGGESTION_CHARS = 20_000;

const LABEL = {
  ja: 'AIが生成した提案です。内容と数値を確認してから採用してください（自動では保存されません）。',
  en: 'AI-generated suggestion. Check every statement and figure before using it (nothing is saved automatically).',
} as const;

const SYSTEM_PROMPT = {
  ja: 'あなたは日本企業の知財・無形資産の開示文を推敲する編集者です。与えられた文章だけを、意味を変えずに読みやすく書き直してください。事実・数値・固有名詞を追加・変更しないでください。【要記入：…】の記号はそのまま残してください。書き直した本文だけを返してください。',
  en: 'You edit investor-facing disclosures on intellectual property and intangible assets. Rewrite only the given text for clarity without changing its meaning. Do not add or change facts, figures or names. Keep every "[To be completed: …]" marker exactly as it is. Return only the rewritten text.',
} as const;

interface ChatCompletion {
  choices?: { message?: { content?: unknown } }[];
}

/**
 * Optional AI rewrite of one section through an OpenAI-compatible chat-completions endpoint set by the operator
 * (AI_REWRITE_URL + AI_REWRITE_MODEL). Off by default: without the configuration no request is ever made and
 * the route answers 404 `AI_DISABLED`. The suggestion is returned, labelled as AI-generated, and never saved. Each
 * request is charged to the account's and the organization's LLM budgets (shared with the disclosures' second
 * opinion) just before it is sent: 429 over either, and nothing leaves the server.
 */
@Injectable()
export class DraftAiService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly drafts: DraftsService,
    private readonly limits: CostlyWorkLimiter,
  ) {}

  async rewrite(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    sectionId: string,
    dto: AiRewriteDto,
  ): Promise<AiSuggestion> {
    // Tenancy first (404 for another organization's draft), then whether the feature is on at all.
    const draft = await this.drafts.get(org, id);
    const section = draft.current.draft.sections.find((s) => s.id === sectionId);
    if (!section) throw ApiException.notFound();
    const url = this.config.AI_REWRITE_URL;
    const model = this.config.AI_REWRITE_MODEL;
    if (!url || !model) throw new ApiException(404, 'AI_DISABLED');
    const language = draft.language;
    const text = section.paragraphs.map((p) => paragraphText(p, language)).join('\n\n');
    const user = [
      dto.instruction ? `${language === 'ja' ? '指示' : 'Instruction'}: ${dto.instruction}` : '',
      `${section.heading}\n\n${text}`,
    ]
      .filter(Boolean)
      .join('\n\n');

    await this.limits.llmRequest(actor.id, org.organizationId);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.config.AI_REWRITE_API_KEY && { authorization: `Bearer ${this.config.AI_REWRITE_API_KEY}` }),
        },
        body: JSON.stringify({
          model,
          temperature: 0.2,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT[language] },
            { role: 'user', content: user },
          ],
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ApiException(502, 'AI_UNAVAILABLE');
    }
    if (!response.ok) throw new ApiException(502, 'AI_UNAVAILABLE');
    let body: ChatCompletion;
    try {
      body = (await response.json()) as ChatCompletion;
    } catch {
      throw new ApiException(502, 'AI_UNAVAILABLE');
    }
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim().length === 0) throw new ApiException(502, 'AI_UNAVAILABLE');
    return {
      sectionId,
      suggestion: content.trim().slice(0, MAX_SUGGESTION_CHARS),
      aiGenerated: true,
      model,
      label: LABEL,
    };
  }
}
