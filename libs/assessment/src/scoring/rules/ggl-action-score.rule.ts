import { GGL_ACTIONS } from '../../taxonomy/ggl-actions';
import { aggregateScore } from '../dimension-score';
import { ScoreRule } from './score-rule';

/** Maturity per GGL action ①–⑦: every visible scorable question tagged with the action. */
export const gglActionScoreRule: ScoreRule = {
  id: 'score.ggl-action.v1',
  dimension: 'ggl-action',
  evaluate: (ctx) =>
    GGL_ACTIONS.map((action) =>
      aggregateScore(
        ctx,
        ctx.scorable.filter((q) => q.tags.gglActions.includes(action.id)),
        { dimension: 'ggl-action', id: String(action.id), label: action.label, ruleId: gglActionScoreRule.id },
      ),
    ),
};
