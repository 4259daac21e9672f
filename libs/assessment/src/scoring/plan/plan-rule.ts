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
        if (maturity === undefined) return [];
        const target = ctx.targets.get(id);
        return [target === undefined ? { questionId: id, maturity } : { questionId: id, maturity, target }];
      });
      if (answered.length === 0) return null;
      // A question with a target is measured against it; the others against the rule's threshold, as before.
      const targeted = answered.filter((a) => a.target !== undefined);
      const untargeted = answered.filter((a) => a.target === undefined);
      const untargetedMean = untargeted.reduce((s, a) => s + a.maturity, 0) / Math.max(1, untargeted.length);
      const belowTarget = targeted.some((a) => a.maturity < (a.target ?? 0));
      if (!belowTarget && (untargeted.length === 0 || untargetedMean >= threshold)) return null;
      // Shortfall to the goal (the target, or full maturity without one): with no targets this is 100 − mean.
      const shortfall = answered.reduce((s, a) => s + Math.max(0, (a.target ?? 100) - a.maturity), 0) / answered.length;
      const priorityScore = Math.round(shortfall * spec.importance);
      const targetGap =
        targeted.length === 0
          ? null
          : targeted.reduce((s, a) => s + Math.max(0, (a.target ?? 0) - a.maturity), 0) / targeted.length;
      return {
        ruleId: spec.id,
        gglAction: spec.gglAction,
        title: spec.title,
        nextStep: spec.nextStep,
        effort: spec.effort,
        priority: priorityFor(priorityScore),
        priorityScore,
        targetGap,
        triggeredBy: answered
          .filter((a) => a.maturity < (a.target ?? threshold))
          .sort((a, b) => a.maturity - b.maturity || compareIds(a.questionId, b.questionId)),
      };
    },
  };
}
