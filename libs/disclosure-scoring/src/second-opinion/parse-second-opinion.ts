import type { EvidenceSpan } from '../lib/types';
import type { SecondOpinion, SecondOpinionFeature, SecondOpinionLabel } from './second-opinion-types';
import { EVIDENCED_FEATURES, SECOND_OPINION_FEATURES, SecondOpinionError } from './second-opinion-types';

/** Longest model answer read at all (a runaway answer is a bad response, not something to parse slowly). */
export const MAX_ANSWER_CHARS = 100_000;
const MAX_QUOTES_PER_FEATURE = 5;
const MAX_QUOTE_CHARS = 600;
const MAX_REASON_CHARS = 1_000;
const LABELS: readonly SecondOpinionLabel[] = ['strong', 'medium', 'weak'];

export const SECOND_OPINION_NOTICE = {
  ja: 'LLM（大規模言語モデル）の意見です。ルールによる判定とは別のもので、その代わりではありません。引用は本文にそのまま存在するものだけを残しています。',
  en: "An LLM's opinion, shown beside the rule-based judgement and never instead of it. Only quotes found verbatim in the text are kept.",
} as const;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The JSON object in a model answer: bare, or inside a ```json fence, or with a sentence around it. */
function extractJson(answer: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/u.exec(answer)?.[1];
  const candidate = fenced ?? answer;
  const start = candidate.indexOf('{');
  const end = candidate.lastIndexOf('}');
  if (start < 0 || end <= start) throw new SecondOpinionError('BAD_RESPONSE', 'The answer contains no JSON object.');
  try {
    return JSON.parse(candidate.slice(start, end + 1)) as unknown;
  } catch {
    throw new SecondOpinionError('BAD_RESPONSE', 'The answer is not valid JSON.');
  }
}

/** Where a quote occurs in the text, exactly (surrounding quotation marks and spaces ignored), or null. */
function locate(text: string, quote: string): EvidenceSpan | null {
  const q = quote
    .trim()
    .replace(/^[「『"“']+|[」』"”']+$/gu, '')
    .trim();
  if (q.length === 0 || q.length > MAX_QUOTE_CHARS) return null;
  const at = text.indexOf(q);
  return at < 0 ? null : { start: at, end: at + q.length, text: q };
}

/**
 * Reads a model's answer into a SecondOpinion. Throws SecondOpinionError('BAD_RESPONSE') when it is not the
 * JSON asked for (no object, no valid label). Every quote is checked against the text: quotes not found verbatim
 * are dropped and counted, and an evidenced feature left with no quote is reported as not present.
 */
export function parseSecondOpinion(answer: string, text: string, model: string): SecondOpinion {
  if (answer.length > MAX_ANSWER_CHARS) throw new SecondOpinionError('BAD_RESPONSE', 'The answer is too long.');
  const json = extractJson(answer);
  if (!isRecord(json)) throw new SecondOpinionError('BAD_RESPONSE', 'The answer is not a JSON object.');
  const label = typeof json.label === 'string' ? json.label.trim().toLowerCase() : '';
  if (!LABELS.includes(label as SecondOpinionLabel))
    throw new SecondOpinionError('BAD_RESPONSE', 'The answer has no valid label.');
  const rawFeatures = isRecord(json.features) ? json.features : {};
  let dropped = 0;
  const features: SecondOpinionFeature[] = SECOND_OPINION_FEATURES.map((id) => {
    const raw = rawFeatures[id];
    const claimed = isRecord(raw) ? raw.present === true : raw === true;
    const quotes =
      isRecord(raw) && Array.isArray(raw.quotes)
        ? raw.quotes.filter((q): q is string => typeof q === 'string').slice(0, MAX_QUOTES_PER_FEATURE)
        : [];
    const evidence: EvidenceSpan[] = [];
    for (const q of quotes) {
      const span = locate(text, q);
      if (span && !evidence.some((e) => e.start === span.start && e.end === span.end)) evidence.push(span);
      else if (!span) dropped++;
    }
    const needsQuote = EVIDENCED_FEATURES.includes(id);
    return { id, claimed, present: claimed && (!needsQuote || evidence.length > 0), evidence: claimed ? evidence : [] };
  });
  const reason = typeof json.reason === 'string' ? json.reason.trim().slice(0, MAX_REASON_CHARS) : '';
  return {
    kind: 'llm-second-opinion',
    aiGenerated: true,
    model,
    label: label as SecondOpinionLabel,
    features,
    reason,
    droppedQuotes: dropped,
    notice: SECOND_OPINION_NOTICE,
  };
}
