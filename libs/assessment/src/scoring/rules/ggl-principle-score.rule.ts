import { GGL_PRINCIPLES } from '../../taxonomy/ggl-principles';
import { aggregateScore } from '../dimension-score';
import { ScoreRule } from './score-rule';

/** Maturity per company-side GGL principle (1–4). */
export const gglPrincipleScoreRule: ScoreRule = {
  id: 'score.ggl-principle.v1',
  dimension: 'ggl-principle',
  evaluate: (ctx) =>
    GGL_PRINCIPLES.map((principle) =>
      aggregateScore(
        ctx,
        ctx.scorable.filter((q) => q.tags.gglPrinciples.includes(principle.id)),
        {
          dimension: 'ggl-principle',
          id: String(principle.id),
          label: principle.label,
          ruleId: gglPrincipleScoreRule.id,
        },
      ),
    ),
};
