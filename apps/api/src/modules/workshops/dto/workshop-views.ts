import type { AnswerValue, Question } from '@ipgn/assessment';
import type { WorkshopAnonymity, WorkshopDepartment, WorkshopStatus } from '../workshop-departments';

export interface WorkshopParticipantsView {
  total: number;
  byDepartment: { department: WorkshopDepartment; count: number }[];
  /** Named workshops only: who joined. Never present in an anonymous workshop. */
  named?: { displayName: string; department: WorkshopDepartment }[];
}

export interface AgreedAnswerView {
  questionId: string;
  value: AnswerValue;
  agreedAt: string;
}

export interface WorkshopView {
  id: string;
  title: string;
  questionIds: string[];
  departments: WorkshopDepartment[];
  anonymity: WorkshopAnonymity;
  scheduledAt: string;
  status: WorkshopStatus;
  currentQuestionIndex: number;
  resultsVisible: boolean;
  lockedQuestionIds: string[];
  timerEndsAt: string | null;
  joinCode: string | null;
  agreedAnswers: AgreedAnswerView[];
  participants: WorkshopParticipantsView;
  createdAt: string;
  startedAt: string | null;
  closedAt: string | null;
}

/** What every screen of a live workshop needs to follow the facilitator (also the payload of `state` events). */
export interface WorkshopStateView {
  status: WorkshopStatus;
  currentQuestionIndex: number;
  currentQuestionId: string | null;
  questionCount: number;
  resultsVisible: boolean;
  lockedQuestionIds: string[];
  timerEndsAt: string | null;
}

export interface JoinedView {
  /** Send as `X-Participant-Token`; shown once, only its SHA-256 is stored. */
  participantToken: string;
  expiresAt: string;
  workshop: { id: string; title: string };
  department: WorkshopDepartment;
}

/** A participant's whole view: this workshop only, their own answers only. */
export interface ParticipantWorkshopView {
  workshop: { id: string; title: string; anonymity: WorkshopAnonymity };
  you: { department: WorkshopDepartment; displayName: string | null };
  state: WorkshopStateView;
  currentQuestion: (Question & { locked: boolean }) | null;
  answers: { questionId: string; value: AnswerValue }[];
}

export interface ParticipantAnswerView {
  questionId: string;
  value: AnswerValue | null;
  /** False when this was a retry (same request id or same value) and nothing new was stored. */
  stored: boolean;
}

export interface AppliedToAssessmentView {
  assessmentId: string;
  source: string;
  answeredAt: string;
  applied: string[];
  /** Agreed answers whose question is not part of the assessment's track. */
  skipped: string[];
}

export interface AdvisorClientView {
  organizationId: string;
  legalNameJa: string;
  legalNameEn: string | null;
  latestAssessment: {
    id: string;
    track: string;
    round: number;
    status: string;
    createdAt: string;
    submittedAt: string | null;
    overallScore: number | null;
  } | null;
}
