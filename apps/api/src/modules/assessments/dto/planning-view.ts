import type { AssessmentScope, AssessmentTargets, QuestionNote } from '@ipgn/assessment';

/** Targets, scope and per-question notes of one round, as stored and returned. */
export interface PlanningView {
  targets: AssessmentTargets;
  scope: AssessmentScope;
  notes: Record<string, QuestionNote>;
}
