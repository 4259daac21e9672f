import * as z from 'zod/mini';
import type {
  BenchmarkParticipationView,
  BenchmarkStandingRowView,
  BenchmarkStandingView,
  PublicBenchmarkView,
} from '@ipgn/contracts';
import { bilingualSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';

// Runtime schemas of the industry benchmark's answers, loaded with the first benchmark call.

export const participationSchema: z.ZodMiniType<BenchmarkParticipationView> = z.looseObject({
  optedIn: z.boolean(),
  optedInAt: z.nullable(z.string()),
  optedInBy: z.nullable(personRefSchema),
  industry: z.nullable(z.string()),
  sizeBand: z.string(),
});

const standingRowSchema: z.ZodMiniType<BenchmarkStandingRowView> = z.looseObject({
  key: z.string(),
  label: bilingualSchema,
  own: z.nullable(z.number()),
  industry: z.nullable(z.looseObject({ p25: z.number(), median: z.number(), p75: z.number() })),
  position: z.nullable(z.enum(['below-p25', 'p25-median', 'median-p75', 'above-p75'])),
});

export const standingSchema: z.ZodMiniType<BenchmarkStandingView> = z.union([
  z.looseObject({ status: z.enum(['not-opted-in', 'no-industry', 'no-snapshot']), minimum: z.number() }),
  z.looseObject({ status: z.literal('not-enough'), minimum: z.number(), industry: z.string(), sizeBand: z.string() }),
  z.looseObject({
    status: z.literal('shown'),
    minimum: z.number(),
    industry: z.string(),
    sizeBand: z.string(),
    contributors: z.number(),
    computedAt: z.string(),
    rows: z.array(standingRowSchema),
  }),
]) as z.ZodMiniType<BenchmarkStandingView>;

export const publicDistributionSchema: z.ZodMiniType<PublicBenchmarkView> = z.looseObject({
  industry: z.string(),
  minimum: z.number(),
  bands: z.array(
    z.looseObject({
      sizeBand: z.string(),
      contributors: z.number(),
      computedAt: z.string(),
      rows: z.array(
        z.looseObject({
          key: z.string(),
          label: bilingualSchema,
          quartiles: z.nullable(z.looseObject({ p25: z.number(), median: z.number(), p75: z.number() })),
        }),
      ),
    }),
  ),
});
