import type {
  AnswerValue,
  AssessmentModule,
  AssessmentProgress,
  GlossaryTerm,
  ModuleId,
  Question,
  Track,
} from '@ipgn/assessment';

// Response shapes of the assessment API. The web app keeps an identical copy in
// apps/web/src/features/assessment/api/assessment-api-types.ts (see docs/assessment.md, "API").

export interface AssessmentBankView {
  version: string;
  track: Track;
  modules: readonly AssessmentModule[];
  questions: readonly Question[];
  glossary: readonly GlossaryTerm[];
}

export interface PersonRef {
  userId: string;
  displayName: string;
}

export interface AssessmentSummary {
  id: string;
  track: Track;
  bankVersion: string;
  round: number;
  status: 'draft' | 'submitted';
  copiedFrom: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  /** Answered / visible questions. */
  progress: { answered: number; visible: number; ratio: number };
}

export interface AnswerView {
  questionId: string;
  value: AnswerValue | null;
  version: number;
  answeredBy: PersonRef | null;
  answeredAt: string;
  source: 'manual' | 'copied' | `workshop:${string}`;
}

export interface AssignmentView {
  moduleId: ModuleId;
  assignee: PersonRef;
}

export interface AssessmentDetail extends AssessmentSummary {
  profile: { listingStatus: string; companySize: string };
  answers: AnswerView[];
  assignments: AssignmentView[];
  progressDetail: AssessmentProgress;
  visibleQuestionIds: string[];
}

/** Body of the 409 ANSWER_CONFLICT error, beside the usual statusCode/code/message. */
export interface AnswerConflictBody {
  current: { value: AnswerValue | null; version: number; answeredBy: PersonRef | null; answeredAt: string | null };
  yours: unknown;
}

