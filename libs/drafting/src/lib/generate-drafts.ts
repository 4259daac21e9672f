import type { Draft, DraftLanguage, DraftType } from './model/draft';
import { DRAFT_LANGUAGES, DRAFT_TYPES } from './model/draft';
import type { DraftInput } from './model/draft-input';
import type { StoryModel } from './story/story-model';
import { buildCgReportDraft } from './build/cg-report';
import { buildIntegratedReportDraft } from './build/integrated-report';
import { buildSecuritiesReportDraft } from './build/securities-report';
import { buildSmeOnePagerDraft } from './build/sme-one-pager';
import { DraftContext } from './build/draft-context';
import { buildStory } from './story/build-story';

type Builder = (ctx: DraftContext, lang: DraftLanguage) => Draft;

// Total over DraftType: adding a draft type without its builder fails to compile.
const BUILDERS: Readonly<Record<DraftType, Builder>> = {
  'cg-report': buildCgReportDraft,
  'integrated-report': buildIntegratedReportDraft,
  'securities-report': buildSecuritiesReportDraft,
  'sme-one-pager': buildSmeOnePagerDraft,
};

/** One draft in one language. Pure: the same input always gives the same draft. */
export function generateDraft(type: DraftType, language: DraftLanguage, input: DraftInput): Draft {
  const ctx = new DraftContext(input);
  return withStory(BUILDERS[type](ctx, language), buildStory(ctx));
}

function withStory(draft: Draft, story: StoryModel): Draft {
  return { ...draft, attachments: { ...draft.attachments, story } };
}

/** Every draft type in both languages (or the given ones), sharing one context. */
export function generateDrafts(
  input: DraftInput,
  options: { readonly types?: readonly DraftType[]; readonly languages?: readonly DraftLanguage[] } = {},
): Draft[] {
  const ctx = new DraftContext(input);
  const types = options.types ?? DRAFT_TYPES.filter((t) => BUILDERS[t] !== undefined);
  const languages = options.languages ?? DRAFT_LANGUAGES;
  const story = buildStory(ctx);
  return types.flatMap((t) => languages.map((l) => withStory(BUILDERS[t](ctx, l), story)));
}
