import * as z from 'zod/mini';
import type { ValidationView } from '@ipgn/contracts';
import {
  MODULE_IDS,
  QUESTION_TYPES,
  TRACKS,
  type AssessmentResult,
  type ImportPreview,
  type RoundComparison,
  type AnswerView,
  type AssessmentBankView,
  type AssessmentDetail,
  type AssessmentSummary,
  type AssignmentView,
} from '@ipgn/assessment';
import { bilingualSchema, domainValue, pageSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';
import type { Planning } from './assessment-api';

// Runtime schemas of the assessment API's answers (types from @ipgn/assessment). Loaded with the assessment
// pages' chunks; ApiClient checks every answer against them.

const track = z.enum(TRACKS);
const moduleId = z.enum(MODULE_IDS);
const answerValue = z.union([z.number(), z.string(), z.array(z.string())]);
const progressCount = z.looseObject({ answered: z.number(), visible: z.number(), ratio: z.number() });

export const assessmentBankSchema: z.ZodMiniType<AssessmentBankView> = z.looseObject({
  version: z.string(),
  track,
  modules: z.array(z.looseObject({ id: moduleId, title: bilingualSchema, description: bilingualSchema })),
  questions: z.array(
    domainValue<AssessmentBankView['questions'][number]>(
      z.looseObject({
        id: z.string(),
        module: moduleId,
        type: z.enum(QUESTION_TYPES),
        prompt: bilingualSchema,
        help: bilingualSchema,
      }),
    ),
  ),
  glossary: z.array(
    z.looseObject({ id: z.string(), term: bilingualSchema, definition: bilingualSchema, aliases: z.array(z.string()) }),
  ),
});

const summaryShape = {
  id: z.string(),
  track,
  bankVersion: z.string(),
  round: z.number(),
  status: z.enum(['draft', 'in_review', 'submitted']),
  copiedFrom: z.nullable(z.string()),
  createdBy: z.nullable(personRefSchema),
  createdAt: z.string(),
  submittedAt: z.nullable(z.string()),
  submittedBy: z.nullable(personRefSchema),
  progress: progressCount,
};
export const assessmentSummarySchema: z.ZodMiniType<AssessmentSummary> = z.looseObject(summaryShape);

export const assessmentListSchema = pageSchema(assessmentSummarySchema);

export const answerSchema: z.ZodMiniType<AnswerView> = z.looseObject({
  questionId: z.string(),
  value: z.nullable(answerValue),
  version: z.number(),
  answeredBy: z.nullable(personRefSchema),
  answeredAt: z.string(),
  source: z.union([z.enum(['manual', 'copied', 'import']), z.templateLiteral(['workshop:', z.string()])]),
});

export const assignmentSchema: z.ZodMiniType<AssignmentView> = z.looseObject({ moduleId, assignee: personRefSchema });
export const assignmentsSchema = z.array(assignmentSchema);

const reviewDecision = z.enum(['accepted', 'returned']);
export const validationSchema: z.ZodMiniType<ValidationView> = z.looseObject({
  requested: z.boolean(),
  requestedAt: z.nullable(z.string()),
  items: z.array(
    z.looseObject({
      questionId: z.string(),
      state: z.enum(['pending', 'accepted', 'returned']),
      answerVersion: z.number(),
      review: z.nullable(
        z.looseObject({
          decision: reviewDecision,
          comment: z.string(),
          answerVersion: z.number(),
          reviewedBy: z.nullable(personRefSchema),
          reviewedAt: z.string(),
          decidedIn: z.nullable(z.looseObject({ round: z.number(), fiscalYear: z.number() })),
        }),
      ),
    }),
  ),
  counts: z.looseObject({ pending: z.number(), accepted: z.number(), returned: z.number() }),
  complete: z.boolean(),
});

export const assessmentDetailSchema: z.ZodMiniType<AssessmentDetail> = z.looseObject({
  ...summaryShape,
  profile: z.looseObject({ listingStatus: z.string(), companySize: z.string() }),
  answers: z.array(answerSchema),
  assignments: assignmentsSchema,
  progressDetail: z.looseObject({
    overall: progressCount,
    modules: z.array(
      z.looseObject({ ...progressCount.shape, module: moduleId, unansweredQuestionIds: z.array(z.string()) }),
    ),
  }),
  visibleQuestionIds: z.array(z.string()),
  validation: validationSchema,
});

const dimensionScore = z.looseObject({
  id: z.string(),
  label: bilingualSchema,
  score: z.nullable(z.number()),
  contributions: z.array(z.unknown()),
});

export const assessmentResultSchema = domainValue<AssessmentResult>(
  z.looseObject({
    resultSchemaVersion: z.number(),
    bankVersion: z.string(),
    track,
    overall: dimensionScore,
    byGglAction: z.array(dimensionScore),
    byGglPrinciple: z.array(dimensionScore),
    byModule: z.array(dimensionScore),
    progress: z.looseObject({ overall: progressCount, modules: z.array(z.unknown()) }),
    quantification: z.looseObject({}),
    findings: z.array(z.unknown()),
    actionPlan: z.array(z.unknown()),
    strengths: z.array(z.unknown()),
    gaps: z.array(z.unknown()),
    ignoredAnswers: z.array(z.unknown()),
    targets: z.array(z.unknown()),
    excluded: z.array(z.unknown()),
  }),
);

const scoreDelta = z.looseObject({
  id: z.string(),
  label: bilingualSchema,
  before: z.nullable(z.number()),
  after: z.nullable(z.number()),
  delta: z.nullable(z.number()),
});
export const roundComparisonSchema: z.ZodMiniType<RoundComparison> = z.looseObject({
  fromBankVersion: z.string(),
  toBankVersion: z.string(),
  bankVersionChanged: z.boolean(),
  trackChanged: z.boolean(),
  overall: scoreDelta,
  byGglAction: z.array(scoreDelta),
  byGglPrinciple: z.array(scoreDelta),
  byModule: z.array(scoreDelta),
});

const maturityLevels = domainValue<NonNullable<Planning['targets']['questions']>>(z.record(z.string(), z.number()));
export const planningSchema: z.ZodMiniType<Planning> = z.looseObject({
  targets: z.looseObject({
    questions: z.optional(maturityLevels),
    modules: z.optional(domainValue<NonNullable<Planning['targets']['modules']>>(z.record(z.string(), z.number()))),
  }),
  scope: z.looseObject({
    modules: z.optional(domainValue<NonNullable<Planning['scope']['modules']>>(z.record(z.string(), z.string()))),
    questions: z.optional(z.record(z.string(), z.string())),
  }),
  notes: z.record(
    z.string(),
    z.looseObject({ comment: z.optional(z.string()), evidence: z.optional(z.array(z.string())) }),
  ),
});

export const importPreviewSchema = domainValue<ImportPreview>(
  z.looseObject({
    fromBankVersion: z.string(),
    toBankVersion: z.string(),
    track,
    mapped: z.array(z.looseObject({})),
    notImportable: z.array(z.looseObject({})),
    payload: z.looseObject({
      answers: z.record(z.string(), answerValue),
      targets: z.looseObject({}),
      scope: z.looseObject({}),
      notes: z.record(z.string(), z.looseObject({})),
    }),
  }),
);
