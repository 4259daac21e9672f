import type { PersonRef } from '../common/person-ref';

/**
 * Response shapes of the assessment API, shared by apps/api and apps/web.
 *
 * Contracts (type:util) may not import the domain library @ipgn/assessment, so each shape takes the
 * domain types it carries as one parameter `D`; @ipgn/assessment (api/assessment-views.ts) fills it in once
 * for the api and the web.
 */
export interface AssessmentDomainTypes {
  track: string;
  moduleId: string;
  module: unknown;
  question: unknown;
  glossaryTerm: unknown;
  answerValue: unknown;
  progress: unknown;
}

export interface AssessmentBankViewOf<D extends AssessmentDomainTypes> {
  version: string;
  track: D['track'];
  modules: readonly D['module'][];
  questions: readonly D['question'][];
  glossary: readonly D['glossaryTerm'][];
}

export interface AssessmentSummaryOf<D extends AssessmentDomainTypes> {
  id: string;
  track: D['track'];
  bankVersion: string;
  round: number;
  /** in_review: sent for validation; only returned answers can change until it is submitted. */
  status: 'draft' | 'in_review' | 'submitted';
  copiedFrom: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  /** Answered / visible questions. */
  progress: { answered: number; visible: number; ratio: number };
}

export interface AnswerViewOf<D extends AssessmentDomainTypes> {
  questionId: string;
  value: D['answerValue'] | null;
  version: number;
  answeredBy: PersonRef | null;
  answeredAt: string;
  /** `workshop:<id>` when the answer was taken over from a workshop. */
  source: 'manual' | 'copied' | 'import' | `workshop:${string}`;
}

export interface AssignmentViewOf<D extends AssessmentDomainTypes> {
  moduleId: D['moduleId'];
  assignee: PersonRef;
}

export interface AssessmentDetailOf<D extends AssessmentDomainTypes> extends AssessmentSummaryOf<D> {
  profile: { listingStatus: string; companySize: string };
  answers: AnswerViewOf<D>[];
  assignments: AssignmentViewOf<D>[];
  progressDetail: D['progress'];
  visibleQuestionIds: string[];
  validation: ValidationView;
}

/** One answer that needs a reviewer's decision, and the latest decision on it. */
export interface AnswerValidationView {
  questionId: string;
  /** pending also when the answer changed after the last decision (that decision is in `review`). */
  state: 'pending' | 'accepted' | 'returned';
  /** The current answer version: a decision names it. */
  answerVersion: number;
  review: {
    decision: 'accepted' | 'returned';
    comment: string;
    answerVersion: number;
    reviewedBy: PersonRef | null;
    reviewedAt: string;
    /** A decision carried in from an earlier round: the round and fiscal year (年度) it was made in; else null. */
    decidedIn: { round: number; fiscalYear: number } | null;
  } | null;
}

/** The validation step of a round (see docs/assessment.md, "Validation"). */
export interface ValidationView {
  /** Validation is on: the round was sent for validation, and only accepted claims count in its scores. */
  requested: boolean;
  requestedAt: string | null;
  items: AnswerValidationView[];
  counts: { pending: number; accepted: number; returned: number };
  /** Every answer that needs a decision is accepted. */
  complete: boolean;
}

/** Body of the 409 ANSWER_CONFLICT error, beside the usual statusCode/code/message. */
export interface AnswerConflictBodyOf<D extends AssessmentDomainTypes> {
  current: { value: D['answerValue'] | null; version: number; answeredBy: PersonRef | null; answeredAt: string | null };
  yours: unknown;
}
