/**
 * Response shapes of the workshop API, shared by apps/api and apps/web.
 *
 * Contracts (type:util) may not import the domain library @ipgn/assessment, so shapes that carry its types
 * take them as one parameter `D`; @ipgn/workshops (lib/workshop-types.ts) fills it in once for the api and the
 * web.
 */
export interface WorkshopDomainTypes {
  answerValue: unknown;
  question: unknown;
  gglActionId: string | number;
  localizedText: unknown;
}

/** The departments a workshop participant can belong to (REFERENCE §5.1–5.2: management, IP, R&D, business, planning, IR…). */
export const WORKSHOP_DEPARTMENTS = [
  'executive',
  'ip',
  'rnd',
  'business',
  'planning',
  'ir_finance',
  'legal',
  'other',
] as const;
export type WorkshopDepartment = (typeof WORKSHOP_DEPARTMENTS)[number];

export const WORKSHOP_ANONYMITY = ['named', 'anonymous'] as const;
export type WorkshopAnonymity = (typeof WORKSHOP_ANONYMITY)[number];

export const WORKSHOP_STATUSES = ['draft', 'live', 'closed'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export interface WorkshopParticipantsView {
  total: number;
  byDepartment: { department: WorkshopDepartment; count: number }[];
  /** Named workshops only: who joined. Never present in an anonymous workshop. */
  named?: { displayName: string; department: WorkshopDepartment }[];
}

export interface AgreedAnswerViewOf<D extends WorkshopDomainTypes> {
  questionId: string;
  value: D['answerValue'];
  agreedAt: string;
}

export interface WorkshopViewOf<D extends WorkshopDomainTypes> {
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
  /** Questions whose figures are frozen and published (first locked with at least three respondents). */
  publishedQuestionIds: string[];
  timerEndsAt: string | null;
  joinCode: string | null;
  agreedAnswers: AgreedAnswerViewOf<D>[];
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
  /** When the countdown ends; at that moment the server locks the current question. */
  timerEndsAt: string | null;
  /** The server's clock when this was sent, so that a phone can count down without trusting its own clock. */
  serverNow: string;
}

/** What the join form needs to know about a code before joining (also tells a closed workshop from a typo). */
export interface WorkshopJoinInfoView {
  status: 'live' | 'closed';
  title: string;
  anonymity: WorkshopAnonymity;
  /** Only the workshop's departments, in its order. */
  departments: WorkshopDepartment[];
}

/** The results of the current question as phones may see them: only while the facilitator shows results. */
export interface ParticipantResultsViewOf<D extends WorkshopDomainTypes> {
  visible: boolean;
  /** Null while hidden, or while the question's figures are not published yet (not locked). */
  question: QuestionResultOf<D> | null;
}

export interface JoinedView {
  /** Send as `X-Participant-Token`; shown once, only its SHA-256 is stored. */
  participantToken: string;
  expiresAt: string;
  workshop: { id: string; title: string };
  department: WorkshopDepartment;
  /** True when this device had joined before: same participant, fresh token. */
  rejoined: boolean;
}

/** A participant's whole view: this workshop only, their own answers only. */
export interface ParticipantWorkshopViewOf<D extends WorkshopDomainTypes> {
  workshop: { id: string; title: string; anonymity: WorkshopAnonymity };
  you: { department: WorkshopDepartment; displayName: string | null };
  state: WorkshopStateView;
  currentQuestion: (D['question'] & { locked: boolean }) | null;
  answers: { questionId: string; value: D['answerValue'] }[];
}

export interface ParticipantAnswerViewOf<D extends WorkshopDomainTypes> {
  questionId: string;
  value: D['answerValue'] | null;
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

// ——— Results (perception gaps) ———

export interface DistributionEntry {
  /** The maturity level ('0'–'4') or the option id. */
  readonly key: string;
  readonly count: number;
}

export interface GroupSummary {
  readonly respondents: number;
  /** Mean maturity on the 0–100 scale, one decimal. */
  readonly mean: number | null;
  readonly distribution: readonly DistributionEntry[];
}

export interface DepartmentSummary extends GroupSummary {
  readonly department: WorkshopDepartment;
}

export interface DepartmentGap {
  /** Highest minus lowest department mean, one decimal; null with fewer than two shown departments. */
  readonly spread: number | null;
  readonly highest: WorkshopDepartment | null;
  readonly lowest: WorkshopDepartment | null;
}

export interface QuestionResultOf<D extends WorkshopDomainTypes> extends DepartmentGap {
  readonly questionId: string;
  readonly gglActions: readonly D['gglActionId'][];
  readonly respondents: number;
  /** Null when withheld (anonymous workshop, fewer than MIN_GROUP_SIZE respondents). */
  readonly total: GroupSummary | null;
  /** Only departments shown under the rules above. */
  readonly departments: readonly DepartmentSummary[];
}

export interface ActionDepartmentMean {
  readonly department: WorkshopDepartment;
  readonly respondents: number;
  readonly mean: number | null;
}

export interface ActionResultOf<D extends WorkshopDomainTypes> extends DepartmentGap {
  readonly action: D['gglActionId'];
  readonly questionIds: readonly string[];
  readonly respondents: number;
  readonly totalMean: number | null;
  readonly departments: readonly ActionDepartmentMean[];
}

export interface HeatMapCellOf<D extends WorkshopDomainTypes> {
  readonly department: WorkshopDepartment;
  readonly action: D['gglActionId'];
  /** Null when the department is not shown for this action (too few respondents) or did not answer. */
  readonly mean: number | null;
}

export interface GapQuestionOf<D extends WorkshopDomainTypes> {
  readonly questionId: string;
  readonly prompt: D['localizedText'];
  readonly spread: number;
  readonly highest: WorkshopDepartment;
  readonly lowest: WorkshopDepartment;
}

export interface DiscussionPromptOf<D extends WorkshopDomainTypes> {
  readonly rank: number;
  readonly action: D['gglActionId'];
  readonly spread: number;
  readonly highest: WorkshopDepartment;
  readonly lowest: WorkshopDepartment;
  /** The questions of this action with a gap, largest first. */
  readonly questions: readonly GapQuestionOf<D>[];
}

export interface WorkshopResultsOf<D extends WorkshopDomainTypes> {
  readonly minGroupSize: number;
  readonly respondents: number;
  readonly questions: readonly QuestionResultOf<D>[];
  /** Actions with at least one question, ranked by spread (largest first, unknown spreads last). */
  readonly actions: readonly ActionResultOf<D>[];
  readonly heatMap: {
    readonly departments: readonly WorkshopDepartment[];
    readonly actions: readonly D['gglActionId'][];
    readonly cells: readonly HeatMapCellOf<D>[];
  };
  /** Question ids ranked by spread, largest first (questions without a spread left out). */
  readonly questionGapRanking: readonly string[];
  readonly discussionPrompts: readonly DiscussionPromptOf<D>[];
}

/** Events on the facilitator's and the participants' text/event-stream. */
export type WorkshopLiveEvent =
  | { type: 'answer'; workshopId: string; questionId: string; respondents: number; at: string }
  | { type: 'participants'; workshopId: string; participants: number; at: string }
  | ({ type: 'state'; at?: string } & WorkshopStateView)
  /** Sent every few seconds: a phone that hears nothing for a while knows the line is dead and reconnects. */
  | { type: 'ping'; at: string }
  /** The stream ends for good (workshop closed, participant removed, too many streams): do not reconnect. */
  | { type: 'end'; reason: 'closed' | 'revoked' | 'replaced' };
