import { ModuleId } from '../bank/assessment-module';
import { MaturityLevel } from '../bank/question';

/**
 * Target levels a team sets for a round (0–4, the ladder scale), per scorable question or per module. A question
 * target wins over its module's target. Targets never change the scores; they give each score something to be
 * compared with, and the gap drives the action plan's priority.
 */
export interface AssessmentTargets {
  readonly questions?: Readonly<Record<string, MaturityLevel>>;
  readonly modules?: Readonly<Partial<Record<ModuleId, MaturityLevel>>>;
}

export const NO_TARGETS: AssessmentTargets = {};
