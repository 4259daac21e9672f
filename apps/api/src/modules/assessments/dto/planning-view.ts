import type { AssessmentScope, AssessmentTargets, QuestionNote, TransferDecision } from '@ipgn/assessment';

/** Targets, scope and per-question notes of one round, as stored and returned. */
export interface PlanningView {
  targets: AssessmentTargets;
  scope: AssessmentScope;
  notes: Record<string, QuestionNote>;
  /** Read-only: decisions imported with the answers (a previous round's validation), keyed by question. */
  priorDecisions?: Record<string, TransferDecision>;
}
