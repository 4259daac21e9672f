import * as z from 'zod/mini';
import {
  DRAFT_STATUSES,
  type AiSuggestion,
  type DraftCommentView,
  type DraftDiff,
  type DraftVersionSummary,
  type PublicationRef,
} from '@ipgn/contracts';
import {
  DRAFT_LANGUAGES,
  DRAFT_TYPES,
  type CompanyFacts,
  type Draft,
  type DraftCompleteness,
  type CompanyFactsView,
  type DraftDetail,
  type DraftSummary,
} from '@ipgn/drafting';
import { bilingualSchema, domainValue, pageSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';
import { disclosureScoreSchema } from '../../../shared/api/schemas/disclosure-score-schema';

// Runtime schemas of the drafts API's answers (types from @ipgn/drafting), loaded with the draft pages' chunks.

const summaryShape = {
  id: z.string(),
  type: z.enum(DRAFT_TYPES),
  language: z.enum(DRAFT_LANGUAGES),
  title: z.string(),
  status: z.enum(DRAFT_STATUSES),
  currentVersion: z.number(),
  assessmentId: z.nullable(z.string()),
  overall: z.nullable(z.number()),
  class: z.nullable(z.string()),
  completeness: z.number(),
  checklist: z.nullable(z.object({ met: z.number(), total: z.number() })),
  createdBy: z.nullable(personRefSchema),
  reviewer: z.nullable(personRefSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const draftSummarySchema: z.ZodMiniType<DraftSummary> = z.looseObject(summaryShape);
export const draftListSchema = pageSchema(draftSummarySchema);

const versionSummaryShape = {
  version: z.number(),
  overall: z.nullable(z.number()),
  completeness: z.number(),
  slots: z.number(),
  note: z.nullable(z.string()),
  createdBy: z.nullable(personRefSchema),
  createdAt: z.string(),
};
export const draftVersionsSchema: z.ZodMiniType<DraftVersionSummary[]> = z.array(z.looseObject(versionSummaryShape));

const draftModel = domainValue<Draft>(
  z.looseObject({
    type: z.enum(DRAFT_TYPES),
    language: z.enum(DRAFT_LANGUAGES),
    templateVersion: z.string(),
    title: z.string(),
    asOf: z.string(),
    sections: z.array(z.looseObject({ id: z.string(), heading: z.string(), paragraphs: z.array(z.unknown()) })),
    attachments: z.looseObject({}),
  }),
);

const completenessDetail = domainValue<DraftCompleteness>(
  z.looseObject({
    paragraphs: z.number(),
    slots: z.number(),
    ratio: z.number(),
    complete: z.boolean(),
    mostlySlots: z.boolean(),
    missing: z.array(z.looseObject({ slotId: z.string(), label: bilingualSchema, occurrences: z.number() })),
  }),
);

export const draftCommentSchema: z.ZodMiniType<DraftCommentView> = z.looseObject({
  id: z.string(),
  sectionId: z.nullable(z.string()),
  version: z.number(),
  kind: z.enum(['comment', 'changes_requested']),
  author: z.nullable(personRefSchema),
  body: z.string(),
  createdAt: z.string(),
  resolvedAt: z.nullable(z.string()),
});

const publicationRef: z.ZodMiniType<PublicationRef> = z.looseObject({
  publicationId: z.string(),
  version: z.number(),
  publishedAt: z.string(),
  withdrawnAt: z.nullable(z.string()),
  title: z.string(),
});

export const draftDetailSchema: z.ZodMiniType<DraftDetail> = z.looseObject({
  ...summaryShape,
  current: z.looseObject({
    ...versionSummaryShape,
    draft: draftModel,
    score: z.nullable(disclosureScoreSchema),
    completenessDetail,
    text: z.string(),
  }),
  comments: z.array(draftCommentSchema),
  publications: z.array(publicationRef),
  aiRewriteEnabled: z.boolean(),
});

const diffOp = z.enum(['equal', 'added', 'removed']);
const diffSpans = z.array(z.looseObject({ op: diffOp, text: z.string() }));
export const draftDiffSchema: z.ZodMiniType<DraftDiff> = z.looseObject({
  from: z.looseObject(versionSummaryShape),
  to: z.looseObject(versionSummaryShape),
  overallDelta: z.nullable(z.number()),
  sections: z.array(
    z.looseObject({
      sectionId: z.string(),
      heading: z.string(),
      changed: z.boolean(),
      changes: diffSpans,
      paragraphs: z.array(
        z.looseObject({
          op: z.enum(['equal', 'changed', 'added', 'removed']),
          before: z.nullable(diffSpans),
          after: z.nullable(diffSpans),
        }),
      ),
    }),
  ),
});

export const aiSuggestionSchema: z.ZodMiniType<AiSuggestion> = z.looseObject({
  sectionId: z.string(),
  suggestion: z.string(),
  aiGenerated: z.literal(true),
  model: z.string(),
  label: bilingualSchema,
});

/** The saved company facts: an object (the facts form validates each field with libs/drafting's own schema). */
export const companyFactsViewSchema: z.ZodMiniType<CompanyFactsView> = z.looseObject({
  facts: domainValue<CompanyFacts>(z.looseObject({})),
  version: z.number(),
  updatedBy: z.nullable(personRefSchema),
  updatedAt: z.nullable(z.string()),
});
