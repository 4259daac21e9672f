import { ModuleId } from '../bank/assessment-module';

/** Longest accepted reason for an exclusion. */
export const SCOPE_REASON_MAX_LENGTH = 500;

/**
 * Modules or questions a team marks out of scope for a round, each with a reason (e.g. no standards activity, a
 * service firm without patents). Excluded questions are left out of every score, the progress and the action plan,
 * and the result lists them with their reasons.
 */
export interface AssessmentScope {
  readonly modules?: Readonly<Partial<Record<ModuleId, string>>>;
  readonly questions?: Readonly<Record<string, string>>;
}

export const FULL_SCOPE: AssessmentScope = {};
