import { LocalizedText } from '../i18n/localized-text';
import { DimensionScore } from './dimension-score';
import { compareIds } from './compare-ids';

export const STRENGTH_MIN_SCORE = 75;
export const GAP_MAX_SCORE = 40;
/** A dimension judged on fewer than half of its questions is neither a strength nor a gap yet. */
export const MIN_COVERAGE_FOR_VERDICT = 0.5;

export interface StrengthOrGap {
  readonly dimension: 'ggl-action' | 'module';
  readonly id: string;
  readonly label: LocalizedText;
  readonly score: number;
  /** Strengths: the strongest answers; gaps: the weakest answers (at most three). */
  readonly questionIds: readonly string[];
}

function entry(d: DimensionScore, questionIds: string[]): StrengthOrGap {
  return {
    dimension: d.dimension === 'module' ? 'module' : 'ggl-action',
    id: d.id,
    label: d.label,
    score: d.score ?? 0,
    questionIds,
  };
}

export function strengthsAndGaps(dimensions: readonly DimensionScore[]): {
  strengths: StrengthOrGap[];
  gaps: StrengthOrGap[];
} {
  const strengths: StrengthOrGap[] = [];
  const gaps: StrengthOrGap[] = [];
  for (const d of dimensions) {
    if (d.score === null || d.coverage.ratio < MIN_COVERAGE_FOR_VERDICT) continue;
    const byMaturity = [...d.contributions].sort(
      (a, b) => a.maturity - b.maturity || compareIds(a.questionId, b.questionId),
    );
    if (d.score >= STRENGTH_MIN_SCORE)
      strengths.push(
        entry(
          d,
          byMaturity
            .slice(-3)
            .reverse()
            .map((c) => c.questionId),
        ),
      );
    else if (d.score < GAP_MAX_SCORE)
      gaps.push(
        entry(
          d,
          byMaturity.slice(0, 3).map((c) => c.questionId),
        ),
      );
  }
  strengths.sort((a, b) => b.score - a.score);
  gaps.sort((a, b) => a.score - b.score);
  return { strengths, gaps };
}
