import * as z from 'zod/mini';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualSchema, domainValue } from './common-schemas';

/**
 * The disclosure scorer's result (disclosures, drafts and published pages show it): its outline checked, the fields
 * that every stored rubric version has.
 */
export const disclosureScoreSchema = domainValue<DisclosureScore>(
  z.looseObject({
    rubricVersion: z.string(),
    language: z.enum(['ja', 'en']),
    overall: z.number(),
    grade: z.string(),
    // Only CG-report entries have the floor check (null otherwise).
    class: z.nullable(z.string()),
    classReason: z.nullable(bilingualSchema),
    criteria: z.array(
      z.looseObject({
        id: z.string(),
        key: z.string(),
        name: bilingualSchema,
        score: z.number(),
        level: bilingualSchema,
        // Only a criterion the text gave nothing to judge has it (and only results scored since v2.9).
        notApplicable: z.optional(z.literal(true)),
      }),
    ),
    suggestions: z.array(z.looseObject({})),
    // Results saved before v2.4 have no `unanchored` (before v2, no chains): optional, but of the right type when sent.
    sentences: z.array(z.looseObject({ unanchored: z.optional(z.boolean()), reason: z.optional(bilingualSchema) })),
    chains: z.optional(
      z.array(z.looseObject({ links: z.array(z.string()), unanchored: z.optional(z.array(z.string())) })),
    ),
    // Results scored since v2.44 carry the learned reading; optional, but of the right type when sent.
    learned: z.optional(
      z.looseObject({
        points: z.number(),
        scale: z.number(),
        mechanism: z.looseObject({ probability: z.number(), sentence: z.nullable(z.number()) }),
        value: z.looseObject({ probability: z.number(), sentence: z.nullable(z.number()) }),
        // Since v2.49, the whole-text reading.
        passage: z.optional(
          z.looseObject({
            medium: z.number(),
            strong: z.number(),
            points: z.number(),
            share: z.number(),
            before: z.number(),
          }),
        ),
      }),
    ),
  }),
);
