import type { AnalyzedSentence } from '../text/analyze';
import type { CriterionId, Language, Level } from '../types';

export interface CriterionContext {
  readonly language: Language;
  /** Distinct, substantive sentences in text order: the only ones that can earn credit. */
  readonly substantive: readonly AnalyzedSentence[];
  /** All distinct sentences (substantive, generic, headings) in text order. */
  readonly distinct: readonly AnalyzedSentence[];
  /** More than a third of substantive sentences are about IP: the passage as a whole is an IP passage. */
  readonly ipFocused: boolean;
  readonly intangibleFocused: boolean;
}

export interface CriterionOutcome {
  readonly score: Level;
  /** Sentences that earned the score. */
  readonly evidence: readonly AnalyzedSentence[];
}

/** One rule per criterion, identified by a stable id (see rubric data for its texts). */
export interface CriterionRule {
  readonly id: CriterionId;
  evaluate(ctx: CriterionContext): CriterionOutcome;
}

const MAX_EVIDENCE = 5;

/**
 * Scores each substantive sentence and keeps the best level. Taking the maximum (not a sum) means that
 * repeating or padding never adds points; only a better sentence can.
 */
export function bestSentenceLevel(ctx: CriterionContext, levelOf: (s: AnalyzedSentence) => Level): CriterionOutcome {
  let best: Level = 0;
  let evidence: AnalyzedSentence[] = [];
  for (const s of ctx.substantive) {
    const lv = levelOf(s);
    if (lv === 0) continue;
    if (lv > best) {
      best = lv;
      evidence = [s];
    } else if (lv === best && evidence.length < MAX_EVIDENCE) {
      evidence.push(s);
    }
  }
  return { score: best, evidence };
}

export function clampLevel(n: number): Level {
  if (n >= 3) return 3;
  if (n <= 0) return 0;
  return n === 1 ? 1 : 2;
}

export function inIpContext(ctx: CriterionContext, s: AnalyzedSentence): boolean {
  return s.ipContext || ctx.ipFocused;
}

export function inIntangibleContext(ctx: CriterionContext, s: AnalyzedSentence): boolean {
  return s.intangibleContext || ctx.intangibleFocused || ctx.ipFocused;
}

export function isSpecific(s: AnalyzedSentence): boolean {
  return s.namedBusiness || s.market || s.names.length > 0;
}
