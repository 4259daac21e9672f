import type { Paragraph } from '../model/draft';
import type { StoryModel } from '../story/story-model';
import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { businessKpiSentence, chainSentences, portfolioSentences, valueStorySentence } from './story-sentences';
import type { DraftWriter } from './writer';

export interface BusinessParagraphOptions {
  readonly maxBusinesses?: number;
  readonly portfolio?: boolean;
  readonly kpis?: boolean;
  /** Who speaks when the user's own words are quoted (社長 / 代表 in an SME). */
  readonly who?: string;
}

/**
 * The story as connected paragraphs, one per business: where it is heading (portfolio), what its edge rests
 * on, what customers get, how it shows in the numbers, and (optionally) how progress is tracked. Focus
 * businesses come first. Without any chain, the user's own value-creation path is used, else a slot.
 */
export function businessParagraphs(
  ctx: DraftContext,
  w: DraftWriter,
  story: StoryModel,
  options: BusinessParagraphOptions = {},
): (Paragraph | null)[] {
  const max = options.maxBusinesses ?? Infinity;
  const withChains = story.businesses.filter(
    (b) =>
      b.chains.length > 0 ||
      (options.portfolio && (ctx.facts.portfolio ?? []).some((f) => f.segmentId === b.segmentId)),
  );
  const ordered = [...withChains.filter((b) => b.focus === true), ...withChains.filter((b) => b.focus !== true)].slice(
    0,
    max,
  );
  const paragraphs = ordered.map((b) => {
    const sentences: (Sentence | null)[] = [];
    if (options.portfolio) sentences.push(...portfolioSentences(ctx, w, b.segmentId));
    for (const c of b.chains) {
      const fact = (ctx.facts.valueChains ?? []).find((v) => v.id === c.id);
      if (fact) sentences.push(...chainSentences(ctx, w, fact));
    }
    if (options.kpis)
      sentences.push(businessKpiSentence(ctx, w, b.segmentId, [...new Set(b.chains.flatMap((c) => c.kpiIds))]));
    return w.para(...sentences);
  });
  if (story.businesses.some((b) => b.chains.length > 0)) return paragraphs;
  return [...paragraphs, w.para(valueStorySentence(ctx, w, options.who) ?? w.gap('chains'))];
}
