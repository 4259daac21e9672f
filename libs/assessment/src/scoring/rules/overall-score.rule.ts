import { t } from '../../i18n/localized-text';
import { aggregateScore } from '../dimension-score';
import { ScoreRule } from './score-rule';

/**
 * Overall maturity: the weighted mean over every answered scorable question, each counted once — not a mean of
 * the action scores, which would count multi-tagged questions several times.
 */
export const overallScoreRule: ScoreRule = {
  id: 'score.overall.v1',
  dimension: 'overall',
  evaluate: (ctx) => [
    aggregateScore(ctx, ctx.scorable, {
      dimension: 'overall',
      id: 'overall',
      label: t('総合', 'Overall'),
      ruleId: overallScoreRule.id,
    }),
  ],
};
