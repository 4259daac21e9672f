import * as z from 'zod/mini';
import {
  COMPANY_SIZES,
  LISTING_STATUSES,
  type IndustryCode,
  type InvestorUpdates,
  type MyQuestionView,
  type PublicCompany,
  type PublicQuestion,
} from '@ipgn/contracts';
import type { CriterionId } from '@ipgn/disclosure-scoring';
import {
  DRAFT_LANGUAGES,
  DRAFT_TYPES,
  type CompanyComparison,
  type PublicCompanyPage,
  type PublicPublication,
} from '@ipgn/drafting';
import {
  bilingualSchema,
  domainString,
  gradeBasisSchema,
  pageSchema,
} from '../../../shared/api/schemas/common-schemas';
import { disclosureScoreSchema } from '../../../shared/api/schemas/disclosure-score-schema';

// Runtime schemas of the public investor view's answers (types from @ipgn/drafting), loaded with its pages' chunks.

export const publicCompanySchema: z.ZodMiniType<PublicCompany> = z.looseObject({
  slug: z.string(),
  nameJa: z.string(),
  nameEn: z.nullable(z.string()),
  securitiesCode: z.nullable(z.string()),
  industry: z.nullable(domainString<IndustryCode>()),
  listingStatus: z.enum(LISTING_STATUSES),
  companySize: z.enum(COMPANY_SIZES),
  publications: z.number(),
  latestPublishedAt: z.string(),
});
export const publicCompanyListSchema = pageSchema(publicCompanySchema);

const criterionId = domainString<CriterionId>();
const draftType = z.enum(DRAFT_TYPES);
const language = z.enum(DRAFT_LANGUAGES);
const publicationSummaryShape = {
  publicationId: z.string(),
  type: draftType,
  language,
  title: z.string(),
  version: z.number(),
  publishedAt: z.string(),
  overall: z.number(),
  grade: z.string(),
  gradeBasis: gradeBasisSchema,
  class: z.nullable(z.string()),
};
const publicationSummary = z.looseObject(publicationSummaryShape);

const publicQuestion: z.ZodMiniType<PublicQuestion> = z.looseObject({
  id: z.string(),
  publicationId: z.string(),
  question: z.string(),
  answer: z.string(),
  askedAt: z.string(),
  answeredAt: z.string(),
});

export const publicCompanyPageSchema: z.ZodMiniType<PublicCompanyPage> = z.looseObject({
  company: publicCompanySchema,
  disclosures: z.array(
    z.looseObject({
      ...publicationSummaryShape,
      criteria: z.array(
        z.looseObject({
          id: criterionId,
          key: z.string(),
          name: bilingualSchema,
          score: z.number(),
          // Publications scored before the scorer marked "nothing to judge" have no such field.
          notApplicable: z.optional(z.literal(true)),
        }),
      ),
      olderVersions: z.array(publicationSummary),
    }),
  ),
  questions: z.array(publicQuestion),
});

export const publicPublicationSchema: z.ZodMiniType<PublicPublication> = z.looseObject({
  ...publicationSummaryShape,
  company: publicCompanySchema,
  text: z.string(),
  score: disclosureScoreSchema,
  questions: z.array(publicQuestion),
});

export const companyComparisonSchema: z.ZodMiniType<CompanyComparison> = z.looseObject({
  type: z.nullable(draftType),
  language,
  criteria: z.array(z.looseObject({ id: criterionId, key: z.string(), name: bilingualSchema })),
  companies: z.array(
    z.looseObject({
      company: publicCompanySchema,
      publication: z.nullable(publicationSummary),
      scores: z.partialRecord(criterionId, z.number()),
      notApplicable: z.optional(z.array(criterionId)),
    }),
  ),
});

export const myQuestionSchema: z.ZodMiniType<MyQuestionView> = z.looseObject({
  id: z.string(),
  publicationId: z.string(),
  companySlug: z.string(),
  companyNameJa: z.string(),
  companyNameEn: z.nullable(z.string()),
  publicationTitle: z.string(),
  body: z.string(),
  askedAt: z.string(),
  answer: z.nullable(z.string()),
  answeredAt: z.nullable(z.string()),
  isPublic: z.boolean(),
});
export const myQuestionListSchema = pageSchema(myQuestionSchema);

const updateBase = { at: z.string(), isNew: z.boolean(), company: publicCompanySchema, publicationId: z.string() };
export const investorUpdatesSchema: z.ZodMiniType<InvestorUpdates> = z.looseObject({
  seenAt: z.nullable(z.string()),
  following: z.array(z.looseObject({ company: publicCompanySchema, followedAt: z.string() })),
  updates: z.array(
    z.discriminatedUnion('kind', [
      z.looseObject({ ...updateBase, kind: z.literal('publication'), title: z.string(), version: z.number() }),
      z.looseObject({ ...updateBase, kind: z.literal('answer'), questionId: z.string(), publicationTitle: z.string() }),
    ]),
  ),
  newCount: z.number(),
});
