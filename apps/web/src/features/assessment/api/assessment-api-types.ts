import type {
  AnswerValue,
  AssessmentModule,
  AssessmentProgress,
  GlossaryTerm,
  ModuleId,
  Question,
  Track,
} from '@ipgn/assessment';
import type {
  AnswerViewOf,
  AssessmentBankViewOf,
  AssessmentDetailOf,
  AssessmentSummaryOf,
  AssignmentViewOf,
} from '@ipgn/contracts';

// Response shapes of the assessment API: defined once in @ipgn/contracts (assessment/assessment-views.ts),
// filled in here with @ipgn/assessment's types (the web app never imports the API).

interface AssessmentTypes {
  track: Track;
  moduleId: ModuleId;
  module: AssessmentModule;
  question: Question;
  glossaryTerm: GlossaryTerm;
  answerValue: AnswerValue;
  progress: AssessmentProgress;
}

export type { PersonRef } from '@ipgn/contracts';
export type AssessmentBankView = AssessmentBankViewOf<AssessmentTypes>;
export type AssessmentSummary = AssessmentSummaryOf<AssessmentTypes>;
export type AnswerView = AnswerViewOf<AssessmentTypes>;
export type AssignmentView = AssignmentViewOf<AssessmentTypes>;
export type AssessmentDetail = AssessmentDetailOf<AssessmentTypes>;
