import type { AnswerValue, GglActionId, LocalizedText, Question } from '@ipgn/assessment';
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
  WorkshopResultsOf,
  WorkshopViewOf,
} from '@ipgn/contracts';

/** The contracts' workshop shapes take the assessment library's types through this parameter. */
export interface WorkshopTypes {
  answerValue: AnswerValue;
  question: Question;
  gglActionId: GglActionId;
  localizedText: LocalizedText;
}

export type QuestionResult = QuestionResultOf<WorkshopTypes>;
export type ActionResult = ActionResultOf<WorkshopTypes>;
export type HeatMapCell = HeatMapCellOf<WorkshopTypes>;
export type GapQuestion = GapQuestionOf<WorkshopTypes>;
export type DiscussionPrompt = DiscussionPromptOf<WorkshopTypes>;
export type WorkshopResults = WorkshopResultsOf<WorkshopTypes>;

// The workshop API's answers (apps/api and apps/web alike).
export type AgreedAnswerView = AgreedAnswerViewOf<WorkshopTypes>;
export type WorkshopView = WorkshopViewOf<WorkshopTypes>;
export type ParticipantWorkshopView = ParticipantWorkshopViewOf<WorkshopTypes>;
export type ParticipantAnswerView = ParticipantAnswerViewOf<WorkshopTypes>;
export type ParticipantResultsView = ParticipantResultsViewOf<WorkshopTypes>;
