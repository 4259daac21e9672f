import * as z from 'zod/mini';
import type { GglActionId } from '@ipgn/assessment';
import {
  WORKSHOP_ANONYMITY,
  WORKSHOP_DEPARTMENTS,
  WORKSHOP_STATUSES,
  type AdvisorClientView,
  type AppliedToAssessmentView,
  type JoinedView,
  type WorkshopJoinInfoView,
  type WorkshopStateView,
} from '@ipgn/contracts';
import { bilingualSchema, domainValue } from '../../../shared/api/schemas/common-schemas';
import type {
  ParticipantAnswerView,
  ParticipantResultsView,
  ParticipantWorkshopView,
  QuestionResult,
  WorkshopResults,
  WorkshopView,
} from '@ipgn/workshops';

// Runtime schemas of the workshop API's answers (shapes in @ipgn/contracts, bound in @ipgn/workshops),
// for the facilitator's and advisor's calls and the participants' phones; loaded with the first call.

const department = z.enum(WORKSHOP_DEPARTMENTS);
const anonymity = z.enum(WORKSHOP_ANONYMITY);
const status = z.enum(WORKSHOP_STATUSES);
const answerValue = z.union([z.number(), z.string(), z.array(z.string())]);
/** GGL action ids are the numbers 1–7 (checked as numbers, typed by the assessment library). */
const gglAction = domainValue<GglActionId>(z.number());

const workshopShape = {
  id: z.string(),
  title: z.string(),
  questionIds: z.array(z.string()),
  departments: z.array(department),
  anonymity,
  scheduledAt: z.string(),
  status,
  currentQuestionIndex: z.number(),
  resultsVisible: z.boolean(),
  lockedQuestionIds: z.array(z.string()),
  publishedQuestionIds: z.array(z.string()),
  timerEndsAt: z.nullable(z.string()),
  joinCode: z.nullable(z.string()),
  agreedAnswers: z.array(z.looseObject({ questionId: z.string(), value: answerValue, agreedAt: z.string() })),
  participants: z.looseObject({
    total: z.number(),
    byDepartment: z.array(z.looseObject({ department, count: z.number() })),
    named: z.optional(z.array(z.looseObject({ displayName: z.string(), department }))),
  }),
  createdAt: z.string(),
  startedAt: z.nullable(z.string()),
  closedAt: z.nullable(z.string()),
};
export const workshopSchema: z.ZodMiniType<WorkshopView> = z.looseObject(workshopShape);
export const workshopListSchema: z.ZodMiniType<WorkshopView[]> = z.array(workshopSchema);

// ——— Results (perception gaps) ———

const groupShape = {
  respondents: z.number(),
  mean: z.nullable(z.number()),
  distribution: z.array(z.looseObject({ key: z.string(), count: z.number() })),
};
const gapShape = {
  spread: z.nullable(z.number()),
  highest: z.nullable(department),
  lowest: z.nullable(department),
};
const questionResultSchema: z.ZodMiniType<QuestionResult> = z.looseObject({
  ...gapShape,
  questionId: z.string(),
  gglActions: z.array(gglAction),
  respondents: z.number(),
  total: z.nullable(z.looseObject(groupShape)),
  departments: z.array(z.looseObject({ ...groupShape, department })),
});

export const workshopResultsSchema: z.ZodMiniType<WorkshopResults> = z.looseObject({
  minGroupSize: z.number(),
  respondents: z.number(),
  questions: z.array(questionResultSchema),
  actions: z.array(
    z.looseObject({
      ...gapShape,
      action: gglAction,
      questionIds: z.array(z.string()),
      respondents: z.number(),
      totalMean: z.nullable(z.number()),
      departments: z.array(z.looseObject({ department, respondents: z.number(), mean: z.nullable(z.number()) })),
    }),
  ),
  heatMap: z.looseObject({
    departments: z.array(department),
    actions: z.array(gglAction),
    cells: z.array(z.looseObject({ department, action: gglAction, mean: z.nullable(z.number()) })),
  }),
  questionGapRanking: z.array(z.string()),
  discussionPrompts: z.array(
    z.looseObject({
      rank: z.number(),
      action: gglAction,
      spread: z.number(),
      highest: department,
      lowest: department,
      questions: z.array(
        z.looseObject({
          questionId: z.string(),
          prompt: bilingualSchema,
          spread: z.number(),
          highest: department,
          lowest: department,
        }),
      ),
    }),
  ),
});

export const appliedToAssessmentSchema: z.ZodMiniType<AppliedToAssessmentView> = z.looseObject({
  assessmentId: z.string(),
  source: z.string(),
  answeredAt: z.string(),
  applied: z.array(z.string()),
  skipped: z.array(z.string()),
});

export const joinedSchema: z.ZodMiniType<JoinedView> = z.looseObject({
  participantToken: z.string(),
  expiresAt: z.string(),
  workshop: z.looseObject({ id: z.string(), title: z.string() }),
  department,
  rejoined: z.boolean(),
});

export const advisorClientsSchema: z.ZodMiniType<AdvisorClientView[]> = z.array(
  z.looseObject({
    organizationId: z.string(),
    legalNameJa: z.string(),
    legalNameEn: z.nullable(z.string()),
    latestAssessment: z.nullable(
      z.looseObject({
        id: z.string(),
        track: z.string(),
        round: z.number(),
        status: z.string(),
        createdAt: z.string(),
        submittedAt: z.nullable(z.string()),
        overallScore: z.nullable(z.number()),
      }),
    ),
  }),
);

// ——— Participants (token-authenticated phones) ———

export const joinInfoSchema: z.ZodMiniType<WorkshopJoinInfoView> = z.looseObject({
  status: z.enum(['live', 'closed']),
  title: z.string(),
  anonymity,
  departments: z.array(department),
});

const stateSchema: z.ZodMiniType<WorkshopStateView> = z.looseObject({
  status,
  currentQuestionIndex: z.number(),
  currentQuestionId: z.nullable(z.string()),
  questionCount: z.number(),
  resultsVisible: z.boolean(),
  lockedQuestionIds: z.array(z.string()),
  timerEndsAt: z.nullable(z.string()),
  serverNow: z.string(),
});

/**
 * The question the phone shows: the bank question's outline (module and type as strings: importing the bank's id
 * lists here would move them into a chunk of their own, on the first load of the workshop pages) and its lock.
 */
const currentQuestion = domainValue<NonNullable<ParticipantWorkshopView['currentQuestion']>>(
  z.looseObject({
    id: z.string(),
    module: z.string(),
    type: z.string(),
    prompt: bilingualSchema,
    help: bilingualSchema,
    locked: z.boolean(),
  }),
);

export const participantWorkshopSchema: z.ZodMiniType<ParticipantWorkshopView> = z.looseObject({
  workshop: z.looseObject({ id: z.string(), title: z.string(), anonymity }),
  you: z.looseObject({ department, displayName: z.nullable(z.string()) }),
  state: stateSchema,
  currentQuestion: z.nullable(currentQuestion),
  answers: z.array(z.looseObject({ questionId: z.string(), value: answerValue })),
});

export const participantAnswerSchema: z.ZodMiniType<ParticipantAnswerView> = z.looseObject({
  questionId: z.string(),
  value: z.nullable(answerValue),
  stored: z.boolean(),
});

export const participantResultsSchema: z.ZodMiniType<ParticipantResultsView> = z.looseObject({
  visible: z.boolean(),
  question: z.nullable(questionResultSchema),
});
