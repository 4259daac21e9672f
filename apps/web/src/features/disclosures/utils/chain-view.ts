import { END_OF_TEXT, type Chain } from '@ipgn/disclosure-scoring';

/**
 * How the page presents where a chain stops. A chain that runs to the end of the text does not break: what it
 * lacks is a missing link ('missing'), or nothing at all ('complete'). Only a chain ended by a gap, a new topic or
 * another business 'breaks'.
 */
export type ChainEndKind = 'breaks' | 'missing' | 'complete';

/** The scorer's closing words for a chain that runs to the end of the text (they say nothing once it is "missing"). */
const END_OF_TEXT_WORDS = [END_OF_TEXT.ja, END_OF_TEXT.en];

export function chainEndKind(chain: Pick<Chain, 'breaks'>): ChainEndKind {
  if (chain.breaks.endReason !== 'end-of-text') return 'breaks';
  return chain.breaks.missing === null ? 'complete' : 'missing';
}

/** The scorer's break text without its "runs to the end of the text" ending (kept whole when it has another ending). */
export function withoutEndOfText(text: string): string {
  const trimmed = text.trim();
  for (const words of END_OF_TEXT_WORDS)
    if (trimmed.endsWith(words) && trimmed.length > words.length) return trimmed.slice(0, -words.length).trim();
  return trimmed;
}

/**
 * What a chain is about, as the text writes it: the evidence of its business and asset links (「TBS」「SaaS product」),
 * de-duplicated — a name inside a longer one already shown is dropped. Falls back to the scorer's normalised topic
 * keys only when the chain has no such evidence.
 */
export function chainTopicTexts(chain: Pick<Chain, 'evidence' | 'topics'>, max = 8): string[] {
  const written = chain.evidence
    .filter((e) => e.link === 'business' || e.link === 'asset')
    .map((e) => e.text.trim())
    .filter((text) => text !== '');
  const distinct = [...new Set(written)];
  const kept = distinct.filter(
    (text) => !distinct.some((other) => other !== text && other.length > text.length && other.includes(text)),
  );
  return (kept.length > 0 ? kept : [...chain.topics]).slice(0, max);
}
