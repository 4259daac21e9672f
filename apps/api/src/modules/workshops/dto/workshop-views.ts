import type { AnswerValue, GglActionId, LocalizedText, Question } from '@ipgn/assessment';
import type {
  AgreedAnswerViewOf,
  ParticipantAnswerViewOf,
  ParticipantWorkshopViewOf,
  WorkshopViewOf,
} from '@ipgn/contracts';

/** The shapes live in @ipgn/contracts; here they get the assessment library's types. */
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
export type {
  AdvisorClientView,
  AppliedToAssessmentView,
  JoinedView,
  WorkshopParticipantsView,
  WorkshopStateView,
} from '@ipgn/contracts';
