import type { AnswerValue, GglActionId, LocalizedText, ModuleId, Question } from '@ipgn/assessment';
import type {
  ActionResultOf,
  AgreedAnswerViewOf,
  DiscussionPromptOf,
  GapQuestionOf,
  HeatMapCellOf,
  ParticipantAnswerViewOf,
  ParticipantResultsViewOf,
  ParticipantWorkshopViewOf,
  QuestionResultOf,
  WorkshopAnonymity,
  WorkshopDepartment,
  WorkshopResultsOf,
  WorkshopViewOf,
} from '@ipgn/contracts';

// Response shapes of the workshop API live once in @ipgn/contracts; here they get the assessment library's types.
export interface WorkshopTypes {
  answerValue: AnswerValue;
  question: Question;
  gglActionId: GglActionId;
  localizedText: LocalizedText;
}

export type AgreedAnswerView = AgreedAnswerViewOf<WorkshopTypes>;
export type WorkshopView = WorkshopViewOf<WorkshopTypes>;
export type ParticipantWorkshopView = ParticipantWorkshopViewOf<WorkshopTypes>;
export type ParticipantAnswerView = ParticipantAnswerViewOf<WorkshopTypes>;
export type ParticipantResultsView = ParticipantResultsViewOf<WorkshopTypes>;
export type QuestionResult = QuestionResultOf<WorkshopTypes>;
export type ActionResult = ActionResultOf<WorkshopTypes>;
export type HeatMapCell = HeatMapCellOf<WorkshopTypes>;
export type GapQuestion = GapQuestionOf<WorkshopTypes>;
export type DiscussionPrompt = DiscussionPromptOf<WorkshopTypes>;
export type WorkshopResults = WorkshopResultsOf<WorkshopTypes>;
export { WORKSHOP_ANONYMITY, WORKSHOP_DEPARTMENTS, WORKSHOP_STATUSES } from '@ipgn/contracts';
export type {
  ActionDepartmentMean,
  AdvisorClientView,
  AppliedToAssessmentView,
  DepartmentGap,
  DepartmentSummary,
  DistributionEntry,
  GroupSummary,
  JoinedView,
  WorkshopAnonymity,
  WorkshopDepartment,
  WorkshopJoinInfoView,
  WorkshopLiveEvent,
  WorkshopParticipantsView,
  WorkshopStateView,
  WorkshopStatus,
} from '@ipgn/contracts';

// ——— Requests (web-side inputs) ———

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
