import * as z from 'zod/mini';
import type { GradeBasis, Page, PersonRef } from '@ipgn/contracts';

// Building blocks of the web-side response schemas (zod/mini keeps them small). Imported only by the features'
// `api/*-schemas.ts` files, so zod loads with the page chunks that call the API, never with the entry.
//
// Objects are `looseObject`: a field the schema does not list is kept, not stripped, so a schema can never make a
// page lose data it used to receive. The type annotation `z.ZodMiniType<SomeView>` makes the compiler check that
// each schema yields exactly the contract's type.

export const personRefSchema: z.ZodMiniType<PersonRef> = z.looseObject({ userId: z.string(), displayName: z.string() });

/** `{ ja, en }` text (LocalizedText, Bilingual). */
export const bilingualSchema = z.looseObject({ ja: z.string(), en: z.string() });

export function pageSchema<T>(item: z.ZodMiniType<T>): z.ZodMiniType<Page<T>> {
  return z.looseObject({
    items: z.array(item),
    total: z.number(),
    offset: z.number(),
    limit: z.number(),
    hasMore: z.boolean(),
    nextOffset: z.nullable(z.number()),
  });
}

/**
 * A value typed by a domain library (a score, a question, a draft model…): its outline — the fields the pages read —
 * is checked, with the path of anything missing; the value itself is then taken as the library's type. Used where
 * mirroring the whole domain type in a schema would duplicate the library.
 */
export function domainValue<T>(outline: z.ZodMiniType<unknown>): z.ZodMiniType<T> {
  return z.pipe(
    outline,
    z.transform((value) => value as T),
  );
}

/** A string the domain narrows to a union (criterion ids, …): checked as a string. */
export function domainString<T extends string>(): z.ZodMiniType<T> {
  return domainValue<T>(z.string());
}

/** What a disclosure's grade stands for (GradeBasis): null for a score saved before the scorer was calibrated. */
export const gradeBasisSchema: z.ZodMiniType<GradeBasis | null> = z.nullable(
  z.looseObject({
    min: z.number(),
    max: z.number(),
    rated: z.number(),
    strong: z.number(),
    medium: z.number(),
    weak: z.number(),
    strongPercent: z.number(),
    interval: z.tuple([z.number(), z.number()]),
    source: z.string(),
    // Since v2.45: the band on everyday disclosures.
    ordinary: z.optional(
      z.looseObject({
        rated: z.number(),
        strong: z.number(),
        strongPercent: z.number(),
        interval: z.tuple([z.number(), z.number()]),
        source: z.string(),
      }),
    ),
  }),
);
