import type { AnswerValue, GglActionId, LocalizedText, ModuleId, Question } from '@ipgn/assessment';

// Response shapes of the workshop API, copied from apps/api/src/modules/workshops/dto/workshop-views.ts and
// workshop-results.ts (the web app never imports the API).

export const WORKSHOP_DEPARTMENTS = ['executive', 'ip', 'rnd', 'business', 'planning', 'ir_finance', 'legal', 'other'] as const;
export type WorkshopDepartment = (typeof WORKSHOP_DEPARTMENTS)[number];

export const WORKSHOP_ANONYMITY = ['named', 'anonymous'] as const;
export type WorkshopAnonymity = (typeof WORKSHOP_ANONYMITY)[number];

export type WorkshopStatus = 'draft' | 'live' | 'closed';

export interface WorkshopParticipantsView {
  total: number;
  byDepartment: { department: WorkshopDepartment; count: number }[];
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

export interface WorkshopStateView {
  status: WorkshopStatus;
  currentQuestionIndex: number;
  currentQuestionId: string | null;
  questionCount: number;
  resultsVisible: boolean;
  lockedQuestionIds: string[];
  timerEndsAt: string | null;
}

export interface CreateWorkshopInput {
  title: string;
  modules?: ModuleId[];
  questionIds?: string[];
  departments: WorkshopDepartment[];
  anonymity: WorkshopAnonymity;
  scheduledAt: string;
}

/** Send only what changes. */
export interface WorkshopStateInput {
  currentQuestionIndex?: number;
  resultsVisible?: boolean;
  lockQuestionId?: string;
  unlockQuestionId?: string;
  timerSeconds?: number | null;
}

export interface JoinedView {
  participantToken: string;
  expiresAt: string;
  workshop: { id: string; title: string };
  department: WorkshopDepartment;
}

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
  stored: boolean;
}

export interface AppliedToAssessmentView {
  assessmentId: string;
  source: string;
  answeredAt: string;
  applied: string[];
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

// ——— Results (perception gaps) ———

export interface DistributionEntry {
  key: string;
  count: number;
}

export interface GroupSummary {
  respondents: number;
  mean: number | null;
  distribution: DistributionEntry[];
}

export interface DepartmentSummary extends GroupSummary {
  department: WorkshopDepartment;
}

export interface DepartmentGap {
  spread: number | null;
  highest: WorkshopDepartment | null;
  lowest: WorkshopDepartment | null;
}

export interface QuestionResult extends DepartmentGap {
  questionId: string;
  gglActions: GglActionId[];
  respondents: number;
  total: GroupSummary | null;
  departments: DepartmentSummary[];
}

export interface ActionResult extends DepartmentGap {
  action: GglActionId;
  questionIds: string[];
  respondents: number;
  totalMean: number | null;
  departments: { department: WorkshopDepartment; respondents: number; mean: number | null }[];
}

export interface HeatMapCell {
  department: WorkshopDepartment;
  action: GglActionId;
  mean: number | null;
}

export interface DiscussionPrompt {
  rank: number;
  action: GglActionId;
  spread: number;
  highest: WorkshopDepartment;
  lowest: WorkshopDepartment;
  questions: { questionId: string; prompt: LocalizedText; spread: number; highest: WorkshopDepartment; lowest: WorkshopDepartment }[];
}

export interface WorkshopResults {
  minGroupSize: number;
  respondents: number;
  questions: QuestionResult[];
  actions: ActionResult[];
  heatMap: { departments: WorkshopDepartment[]; actions: GglActionId[]; cells: HeatMapCell[] };
  questionGapRanking: string[];
  discussionPrompts: DiscussionPrompt[];
}

// ——— Live events (text/event-stream) ———

export type WorkshopLiveEvent =
  | { type: 'answer'; workshopId: string; questionId: string; respondents: number; at: string }
  | { type: 'participants'; workshopId: string; participants: number; at: string }
  | ({ type: 'state'; at?: string } & WorkshopStateView);
