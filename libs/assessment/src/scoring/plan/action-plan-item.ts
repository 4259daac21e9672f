import { LocalizedText } from '../../i18n/localized-text';
import { GglActionId } from '../../taxonomy/ggl-actions';

export type Effort = 'S' | 'M' | 'L';
export type Priority = 'high' | 'medium' | 'low';

export interface TriggeringAnswer {
  readonly questionId: string;
  /** The answer on the 0–100 scale. */
  readonly maturity: number;
  /** The team's target for the question on the 0–100 scale, when one is set. */
  readonly target?: number;
}

export interface ActionPlanItem {
  readonly ruleId: string;
  readonly gglAction: GglActionId | null;
  readonly title: LocalizedText;
  readonly nextStep: LocalizedText;
  /** Rough effort: S ≈ weeks, M ≈ a quarter, L ≈ a year or more. */
  readonly effort: Effort;
  readonly priority: Priority;
  /**
   * 0–150: mean shortfall of the rule's answered questions × importance, where a question's shortfall is
   * (its target, or 100 without one) − its maturity. Without targets this is (100 − mean maturity) × importance.
   */
  readonly priorityScore: number;
  /** Mean gap to target (0–100) of the rule's answered questions that have a target; null when none has one. */
  readonly targetGap: number | null;
  /** The answers that triggered the item, weakest first. */
  readonly triggeredBy: readonly TriggeringAnswer[];
}
