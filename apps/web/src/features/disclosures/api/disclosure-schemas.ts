import * as z from 'zod/mini';
import { DISCLOSURE_COMPARE_ORDERS, DISCLOSURE_DOCUMENT_TYPES } from '@ipgn/contracts';
import {
  SECOND_OPINION_FEATURES,
  type CriterionId,
  type DisclosureClass,
  type Grade,
  type Level,
  type SecondOpinion,
  type VcgHeadingId,
  type DisclosureComparison,
  type DisclosureRecord,
  type DisclosureRubric,
  type DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import {
  bilingualSchema,
  domainString,
  domainValue,
  gradeBasisSchema,
  pageSchema,
} from '../../../shared/api/schemas/common-schemas';
import { disclosureScoreSchema } from '../../../shared/api/schemas/disclosure-score-schema';

// Runtime schemas of the disclosure API's answers (types from @ipgn/disclosure-scoring), loaded with its pages' chunks.

const grade = z.enum(['A', 'B', 'C', 'D', 'E'] satisfies Grade[]);
const disclosureClass = z.enum(['〇', '△', '✕'] satisfies DisclosureClass[]);
const language = z.enum(['ja', 'en']);
const level = domainValue<Level>(z.number());

const summaryShape = {
  id: z.string(),
  title: z.string(),
  documentType: z.enum(DISCLOSURE_DOCUMENT_TYPES),
  source: z.enum(['paste', 'upload']),
  filename: z.nullable(z.string()),
  language,
  overall: z.number(),
  grade,
  class: z.nullable(disclosureClass),
  gradeBasis: gradeBasisSchema,
  rubricVersion: z.string(),
  createdBy: z.nullable(z.looseObject({ userId: z.string(), displayName: z.string() })),
  createdAt: z.string(),
  companyName: z.optional(z.nullable(z.string())),
};
const summarySchema: z.ZodMiniType<DisclosureSummary> = z.looseObject(summaryShape);
export const disclosureListSchema = pageSchema(summarySchema);

export const disclosureRecordSchema: z.ZodMiniType<DisclosureRecord> = z.looseObject({
  ...summaryShape,
  text: z.string(),
  result: disclosureScoreSchema,
  secondOpinionEnabled: z.boolean(),
});

const period = z.nullable(
  z.looseObject({ year: z.number(), month: z.nullable(z.number()), source: z.enum(['title', 'text']) }),
);
export const disclosureComparisonSchema: z.ZodMiniType<DisclosureComparison> = z.looseObject({
  from: summarySchema,
  to: summarySchema,
  fromPeriod: period,
  toPeriod: period,
  order: z.enum(DISCLOSURE_COMPARE_ORDERS),
  overallDelta: z.number(),
  criteria: z.array(
    z.looseObject({
      id: domainString<CriterionId>(),
      key: z.string(),
      name: bilingualSchema,
      from: z.nullable(level),
      to: z.nullable(level),
      delta: z.nullable(z.number()),
      // Only a side the text gave nothing to judge has it (and only comparisons answered since it existed).
      fromNotApplicable: z.optional(z.literal(true)),
      toNotApplicable: z.optional(z.literal(true)),
    }),
  ),
  textDiff: z.array(z.looseObject({ op: z.enum(['equal', 'removed', 'added']), sentences: z.array(z.string()) })),
  textDiffApproximate: z.boolean(),
});

export const disclosureRubricSchema: z.ZodMiniType<DisclosureRubric> = z.looseObject({
  rubricVersion: z.string(),
  criteria: z.array(
    z.looseObject({
      id: domainString<CriterionId>(),
      key: z.string(),
      name: bilingualSchema,
      description: bilingualSchema,
      levels: z.tuple([bilingualSchema, bilingualSchema, bilingualSchema, bilingualSchema]),
      weight: z.number(),
      vcgHeading: domainString<VcgHeadingId>(),
      missing: z.tuple([bilingualSchema, bilingualSchema, bilingualSchema]),
      suggestion: bilingualSchema,
    }),
  ),
  vcgHeadings: z.array(z.looseObject({ id: domainString<VcgHeadingId>(), number: z.number(), name: bilingualSchema })),
  documentTypes: z.array(z.enum(DISCLOSURE_DOCUMENT_TYPES)),
  limits: z.looseObject({ maxTextChars: z.number(), maxUploadBytes: z.number(), extensions: z.array(z.string()) }),
});

/** The LLM's second opinion (POST …/second-opinion), mirroring @ipgn/disclosure-scoring's SecondOpinion. */
export const secondOpinionSchema: z.ZodMiniType<SecondOpinion> = z.looseObject({
  kind: z.literal('llm-second-opinion'),
  aiGenerated: z.literal(true),
  model: z.string(),
  label: z.enum(['strong', 'medium', 'weak']),
  features: z.array(
    z.looseObject({
      id: z.enum(SECOND_OPINION_FEATURES),
      present: z.boolean(),
      claimed: z.boolean(),
      evidence: z.array(z.looseObject({ start: z.number(), end: z.number(), text: z.string() })),
    }),
  ),
  reason: z.string(),
  droppedQuotes: z.number(),
  notice: bilingualSchema,
});
