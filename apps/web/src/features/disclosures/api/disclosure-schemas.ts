import * as z from 'zod/mini';
import { DISCLOSURE_COMPARE_ORDERS, DISCLOSURE_DOCUMENT_TYPES } from '@ipgn/contracts';
import type { CriterionId, DisclosureClass, Grade, Level, VcgHeadingId } from '@ipgn/disclosure-scoring';
import { bilingualSchema, domainString, domainValue, pageSchema } from '../../../shared/api/schemas/common-schemas';
import { disclosureScoreSchema } from '../../../shared/api/schemas/disclosure-score-schema';
import type {
  DisclosureComparison,
  DisclosureRecord,
  DisclosureRubric,
  DisclosureSummary,
} from './disclosure-api-types';

// Runtime schemas of the disclosure API's answers (types in disclosure-api-types.ts), loaded with its pages' chunks.

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
  rubricVersion: z.string(),
  createdBy: z.nullable(z.looseObject({ userId: z.string(), displayName: z.string() })),
  createdAt: z.string(),
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
