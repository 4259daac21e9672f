import { t } from '../../i18n/localized-text';
import { ScoringContext } from '../scoring-context';
import { ActionPlanItem } from './action-plan-item';
import { PlanRule, priorityFor } from './plan-rule';

const MIN_COVERAGE = 0.6;

/** Scores built on few answers mislead; below 60 % coverage, finishing the questionnaire is the first step. */
export const coveragePlanRule: PlanRule = {
  id: 'plan.complete-assessment.v1',
  questionIds: [],
  evaluate(ctx: ScoringContext): ActionPlanItem | null {
    if (ctx.scorable.length === 0) return null;
    const ratio = ctx.maturity.size / ctx.scorable.length;
    if (ratio >= MIN_COVERAGE) return null;
    const priorityScore = Math.round((1 - ratio) * 100);
    return {
      ruleId: this.id,
      gglAction: null,
      title: t('未回答の設問に答える', 'Answer the remaining questions'),
      nextStep: t(
        `採点対象の設問の${Math.round(ratio * 100)}％にしか回答がありません。担当の同僚にモジュールを割り当てて回答を完了させてください。`,
        `Only ${Math.round(ratio * 100)}% of the scored questions are answered. Assign the remaining modules to colleagues and complete them.`,
      ),
      effort: 'S',
      priority: priorityFor(priorityScore),
      priorityScore,
      targetGap: null,
      triggeredBy: [],
    };
  },
};
