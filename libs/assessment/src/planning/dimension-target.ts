import { Question } from '../bank/question';
import { LocalizedText } from '../i18n/localized-text';
import { DimensionScore, ScoreDimension } from '../scoring/dimension-score';
import { ScoringContext } from '../scoring/scoring-context';

/** Current score next to the team's target for one dimension (for the radar and the table). */
export interface DimensionTarget {
  readonly dimension: ScoreDimension;
  readonly id: string;
  readonly label: LocalizedText;
  /** 0–100, or null when nothing is answered. */
  readonly current: number | null;
  /** Weighted mean of the targets (0–100) of the dimension's questions that have one. */
  readonly target: number;
  /** target − current, in points; null when there is no current score. Positive = still to go. */
  readonly gap: number | null;
  /** Questions of the dimension that carry a target. */
  readonly targetedQuestions: number;
}

function questionsOf(ctx: ScoringContext, score: DimensionScore): readonly Question[] {
  switch (score.dimension) {
    case 'overall':
      return ctx.scorable;
    case 'module':
      return ctx.scorable.filter((q) => q.module === score.id);
    case 'ggl-action':
      return ctx.scorable.filter((q) => q.tags.gglActions.some((a) => String(a) === score.id));
    case 'ggl-principle':
      return ctx.scorable.filter((q) => q.tags.gglPrinciples.some((p) => String(p) === score.id));
  }
}

/** One entry per dimension that has at least one targeted question, in the order of `scores`. */
export function dimensionTargets(ctx: ScoringContext, scores: readonly DimensionScore[]): DimensionTarget[] {
  if (ctx.targets.size === 0) return [];
  return scores.flatMap((score) => {
    let weight = 0;
    let weighted = 0;
    let count = 0;
    for (const q of questionsOf(ctx, score)) {
      const target = ctx.targets.get(q.id);
      if (target === undefined) continue;
      const w = q.weight ?? 1;
      weight += w;
      weighted += w * target;
      count += 1;
    }
    if (count === 0) return [];
    const target = weighted / weight;
    return [
      {
        dimension: score.dimension,
        id: score.id,
        label: score.label,
        current: score.score,
        target,
        gap: score.score === null ? null : target - score.score,
        targetedQuestions: count,
      },
    ];
  });
}
