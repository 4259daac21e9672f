import { LocalizedText } from '../i18n/localized-text';
import { Question } from '../bank/question';
import { ScoringContext } from './scoring-context';

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

/**
 * Weighted mean of the answered questions' maturity. Unanswered questions are left out of the denominator
 * (so a partial assessment is not punished) and show up in `coverage` instead.
 */
export function aggregateScore(
  ctx: ScoringContext,
  questions: readonly Question[],
  meta: { dimension: ScoreDimension; id: string; label: LocalizedText; ruleId: string },
): DimensionScore {
  let totalWeight = 0;
  let weighted = 0;
  const answered: Array<{ questionId: string; maturity: number; weight: number }> = [];
  for (const q of questions) {
    const maturity = ctx.maturity.get(q.id);
    if (maturity === undefined) continue;
    const weight = q.weight ?? 1;
    totalWeight += weight;
    weighted += weight * maturity;
    answered.push({ questionId: q.id, maturity, weight });
  }
  const contributions = answered
    .map((a) => ({ ...a, points: (a.weight * a.maturity) / totalWeight }))
    .sort((a, b) => b.points - a.points || a.questionId.localeCompare(b.questionId));
  return {
    ...meta,
    score: totalWeight === 0 ? null : weighted / totalWeight,
    coverage: {
      answered: answered.length,
      scorable: questions.length,
      ratio: questions.length === 0 ? 0 : answered.length / questions.length,
    },
    contributions,
  };
}
