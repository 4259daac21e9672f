import type { AnswerValue, GglActionId, LocalizedText, Question } from '@ipgn/assessment';
import type {
  ActionResultOf,
  DiscussionPromptOf,
  GapQuestionOf,
  HeatMapCellOf,
  QuestionResultOf,
  WorkshopResultsOf,
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
