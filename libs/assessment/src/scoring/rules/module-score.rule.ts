import { ASSESSMENT_MODULES } from '../../bank/assessment-module';
import { aggregateScore } from '../dimension-score';
import { ScoreRule } from './score-rule';

/** Maturity per module; modules without a visible scorable question in this track are left out. */
export const moduleScoreRule: ScoreRule = {
  id: 'score.module.v1',
  dimension: 'module',
  evaluate: (ctx) =>
    ASSESSMENT_MODULES.flatMap((m) => {
      const questions = ctx.scorable.filter((q) => q.module === m.id);
      if (questions.length === 0) return [];
      return [
        aggregateScore(ctx, questions, { dimension: 'module', id: m.id, label: m.title, ruleId: moduleScoreRule.id }),
      ];
    }),
};
