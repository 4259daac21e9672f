import { LocalizedText } from '../../i18n/localized-text';
import { GglActionId } from '../../taxonomy/ggl-actions';

export type Effort = 'S' | 'M' | 'L';
export type Priority = 'high' | 'medium' | 'low';

export interface TriggeringAnswer {
  readonly questionId: string;
  /** The answer on the 0–100 scale. */
  readonly maturity: number;
}

export interface ActionPlanItem {
  readonly ruleId: string;
  readonly gglAction: GglActionId | null;
  readonly title: LocalizedText;
  readonly nextStep: LocalizedText;
  /** Rough effort: S ≈ weeks, M ≈ a quarter, L ≈ a year or more. */
  readonly effort: Effort;
  readonly priority: Priority;
  /** 0–150: (100 − mean maturity of the rule's answered questions) × importance. Higher first. */
  readonly priorityScore: number;
  /** The answers that triggered the item, weakest first. */
  readonly triggeredBy: readonly TriggeringAnswer[];
}
