import type {
  AnswerConflictBodyOf,
  AnswerViewOf,
  AssessmentBankViewOf,
  AssessmentDetailOf,
  AssessmentSummaryOf,
  AssignmentViewOf,
} from '@ipgn/contracts';
import type { AnswerValue } from '../bank/answer';
import type { AssessmentModule, ModuleId } from '../bank/assessment-module';
import type { GlossaryTerm } from '../bank/glossary-term';
import type { AssessmentProgress } from '../bank/progress';
import type { Question } from '../bank/question';
import type { Track } from '../bank/track';

/**
 * The assessment API's answers, bound once to this library's types for apps/api and apps/web alike: the shapes are
 * in @ipgn/contracts (assessment/assessment-views.ts), which may not import a domain library.
 */
interface AssessmentTypes {
  track: Track;
  moduleId: ModuleId;
  module: AssessmentModule;
  question: Question;
  glossaryTerm: GlossaryTerm;
  answerValue: AnswerValue;
  progress: AssessmentProgress;
}

export type AssessmentBankView = AssessmentBankViewOf<AssessmentTypes>;
export type AssessmentSummary = AssessmentSummaryOf<AssessmentTypes>;
export type AnswerView = AnswerViewOf<AssessmentTypes>;
export type AssignmentView = AssignmentViewOf<AssessmentTypes>;
export type AssessmentDetail = AssessmentDetailOf<AssessmentTypes>;
export type AnswerConflictBody = AnswerConflictBodyOf<AssessmentTypes>;
