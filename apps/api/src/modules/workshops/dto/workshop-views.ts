import type {
  AgreedAnswerViewOf,
  ParticipantAnswerViewOf,
  ParticipantResultsViewOf,
  ParticipantWorkshopViewOf,
  WorkshopViewOf,
} from '@ipgn/contracts';
import type { WorkshopTypes } from '@ipgn/workshops';

/** The shapes live in @ipgn/contracts; here they get the assessment library's types (through @ipgn/workshops). */

export type AgreedAnswerView = AgreedAnswerViewOf<WorkshopTypes>;
export type WorkshopView = WorkshopViewOf<WorkshopTypes>;
export type ParticipantWorkshopView = ParticipantWorkshopViewOf<WorkshopTypes>;
export type ParticipantAnswerView = ParticipantAnswerViewOf<WorkshopTypes>;
export type ParticipantResultsView = ParticipantResultsViewOf<WorkshopTypes>;
export type {
  AdvisorClientView,
  AppliedToAssessmentView,
  JoinedView,
  WorkshopParticipantsView,
  WorkshopJoinInfoView,
  WorkshopStateView,
} from '@ipgn/contracts';
