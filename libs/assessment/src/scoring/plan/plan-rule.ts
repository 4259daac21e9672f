import { LocalizedText } from '../../i18n/localized-text';
import { GglActionId } from '../../taxonomy/ggl-actions';
import { ScoringContext } from '../scoring-context';
import { ActionPlanItem, Effort, Priority } from './action-plan-item';
import { compareIds } from '../compare-ids';

export interface PlanRule {
  readonly id: string;
  /** The questions the rule reads (checked against the bank by the rule-catalogue test). */
  readonly questionIds: readonly string[];
  evaluate(ctx: ScoringContext): ActionPlanItem | null;
}

export interface PlanRuleSpec {
  readonly id: string;
  readonly gglAction: GglActionId;
  /** The questions this item improves. */
  readonly questionIds: readonly string[];
  readonly title: LocalizedText;
  readonly nextStep: LocalizedText;
  readonly effort: Effort;
  /** 1 = normal, 1.25 = foundational, 1.5 = prerequisite for most other actions. */
  readonly importance: 1 | 1.25 | 1.5;
  /** Fires when the mean maturity of the answered questions is below this (default 50). */
  readonly threshold?: number;
}

export function priorityFor(score: number): Priority {
  if (score >= 80) return 'high';
  if (score >= 60) return 'medium';
  return 'low';
}

/**
 * The common shape of a plan rule: fires when the answered questions it covers average below the threshold,
 * and names the answers below the threshold as the trigger. Unanswered questions never trigger an item.
 */
export function definePlanRule(spec: PlanRuleSpec): PlanRule {
  const threshold = spec.threshold ?? 50;
  return {
    id: spec.id,
    questionIds: spec.questionIds,
    evaluate(ctx) {
      const answered = spec.questionIds.flatMap((id) => {
        const maturity = ctx.maturity.get(id);
        return maturity === undefined ? [] : [{ questionId: id, maturity }];
      });
      if (answered.length === 0) return null;
      const mean = answered.reduce((s, a) => s + a.maturity, 0) / answered.length;
      if (mean >= threshold) return null;
      const priorityScore = Math.round((100 - mean) * spec.importance);
      return {
        ruleId: spec.id,
        gglAction: spec.gglAction,
        title: spec.title,
        nextStep: spec.nextStep,
        effort: spec.effort,
        priority: priorityFor(priorityScore),
        priorityScore,
        triggeredBy: answered
          .filter((a) => a.maturity < threshold)
          .sort((a, b) => a.maturity - b.maturity || compareIds(a.questionId, b.questionId)),
      };
    },
  };
}
