import { LocalizedText } from '../../i18n/localized-text';
import { ScoringContext } from '../scoring-context';

export type FindingKind = 'contradiction' | 'perception-gap' | 'missing-evidence';
export type FindingSeverity = 'high' | 'medium' | 'low';

/** Reported beside the scores; findings never change a score (scores stay monotone and explainable). */
export interface Finding {
  readonly ruleId: string;
  readonly kind: FindingKind;
  readonly severity: FindingSeverity;
  /** The answers that conflict. */
  readonly questionIds: readonly string[];
  readonly message: LocalizedText;
}

export interface FindingRule {
  readonly id: string;
  evaluate(ctx: ScoringContext): Finding | null;
}

export function answerOf(ctx: ScoringContext, id: string): string | number | readonly string[] | undefined {
  return ctx.answers.get(id);
}

export function levelOf(ctx: ScoringContext, id: string): number | undefined {
  const m = ctx.maturity.get(id);
  return m === undefined ? undefined : m / 25;
}
