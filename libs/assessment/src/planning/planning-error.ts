/** Why a target or scope entry was rejected; the API answers 400 with these as field errors. */
export type PlanningErrorCode =
  | 'unknown-question'
  | 'unknown-module'
  | 'not-scorable'
  | 'invalid-level'
  | 'missing-reason'
  | 'reason-too-long'
  | 'too-many-entries';

export interface PlanningError {
  /** e.g. `targets.questions.m1.inventory` or `scope.modules.m12`. */
  readonly field: string;
  readonly code: PlanningErrorCode;
}
