import { LocalizedText } from '../i18n/localized-text';
import { Question } from '../bank/question';
import { ScoringContext } from './scoring-context';
import { compareIds } from './compare-ids';

export type ScoreDimension = 'ggl-action' | 'ggl-principle' | 'module' | 'overall';

/** How much one answer moved a score: `points` add up to the score exactly. */
export interface ScoreContribution {
  readonly questionId: string;
  /** The answer on the 0–100 scale. */
  readonly maturity: number;
  readonly weight: number;
  /** weight × maturity / total answered weight. */
  readonly points: number;
}

export interface ScoreCoverage {
  /** Answered scorable questions. */
  readonly answered: number;
  /** Visible scorable questions. */
  readonly scorable: number;
  readonly ratio: number;
}

export interface DimensionScore {
  readonly dimension: ScoreDimension;
  /** Action '1'–'7', principle '1'–'4', module 'm0'–'m10', or 'overall'. */
  readonly id: string;
  readonly label: LocalizedText;
  /** The rule that computed the score. */
  readonly ruleId: string;
  /** 0–100, or null when no scorable question of this dimension is answered. */
  readonly score: number | null;
  readonly coverage: ScoreCoverage;
  /** Largest contribution first. */
  readonly contributions: readonly ScoreContribution[];
}

function byPointsDesc(a: ScoreContribution, b: ScoreContribution): number {
  return b.points - a.points || compareIds(a.questionId, b.questionId);
}

/**
 * Weighted mean of the answered questions' maturity. Unanswered questions are left out of the denominator
 * (so a partial assessment is not punished) and show up in `coverage` instead.
 */
export function aggregateScore(
  ctx: ScoringContext,
  questions: readonly Question[],
  meta: { dimension: ScoreDimension; id: string; label: LocalizedText; ruleId: string },
): DimensionScore {
  // Two plain passes and one sort: this runs ~25 times per scoring call, so it avoids intermediate arrays.
  let totalWeight = 0;
  let weighted = 0;
  for (const q of questions) {
    const maturity = ctx.maturity.get(q.id);
    if (maturity === undefined) continue;
    const weight = q.weight ?? 1;
    totalWeight += weight;
    weighted += weight * maturity;
  }
  const contributions: ScoreContribution[] = [];
  if (totalWeight > 0) {
    for (const q of questions) {
      const maturity = ctx.maturity.get(q.id);
      if (maturity === undefined) continue;
      const weight = q.weight ?? 1;
      contributions.push({ questionId: q.id, maturity, weight, points: (weight * maturity) / totalWeight });
    }
    contributions.sort(byPointsDesc);
  }
  return {
    ...meta,
    score: totalWeight === 0 ? null : weighted / totalWeight,
    coverage: {
      answered: contributions.length,
      scorable: questions.length,
      ratio: questions.length === 0 ? 0 : contributions.length / questions.length,
    },
    contributions,
  };
}
