import * as z from 'zod/mini';
import type { QuestionView, QuestionsSummary } from '@ipgn/contracts';
import { pageSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';

// Runtime schemas of the investor-question answers (the company side), loaded with the dialogue page's first call.

export const questionSchema: z.ZodMiniType<QuestionView> = z.looseObject({
  id: z.string(),
  publicationId: z.string(),
  publicationTitle: z.string(),
  publicationVersion: z.number(),
  body: z.string(),
  askedBy: z.nullable(personRefSchema),
  askedAt: z.string(),
  answer: z.nullable(z.string()),
  answeredBy: z.nullable(personRefSchema),
  answeredAt: z.nullable(z.string()),
  isPublic: z.boolean(),
});

export const questionPageSchema = pageSchema(questionSchema);

export const questionsSummarySchema: z.ZodMiniType<QuestionsSummary> = z.looseObject({
  unanswered: z.number(),
  total: z.number(),
});
