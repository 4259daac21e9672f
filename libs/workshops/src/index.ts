// Public API of @ipgn/workshops — import only from here.
export { MIN_GROUP_SIZE, DISCUSSION_PROMPT_COUNT } from './lib/privacy-rules';
export type { WorkshopAnswerEvent } from './lib/workshop-answer-event';
export type {
  WorkshopTypes,
  QuestionResult,
  ActionResult,
  HeatMapCell,
  GapQuestion,
  DiscussionPrompt,
  WorkshopResults,
  AgreedAnswerView,
  WorkshopView,
  ParticipantWorkshopView,
  ParticipantAnswerView,
  ParticipantResultsView,
} from './lib/workshop-types';
export { visibleDepartments } from './lib/visible-departments';
export { answersUpTo, canFreeze, questionPublication } from './lib/question-publication';
export type { PublishedAnswer, QuestionPublication } from './lib/question-publication';
export { computeWorkshopResults } from './lib/compute-workshop-results';
export type { WorkshopResultsInput } from './lib/compute-workshop-results';
