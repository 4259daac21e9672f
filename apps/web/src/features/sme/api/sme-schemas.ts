import * as z from 'zod/mini';
import type { SmeReport, SupportProgramme } from '@ipgn/assessment';
import { bilingualSchema, domainString } from '../../../shared/api/schemas/common-schemas';

// Runtime schema of the SME report (GET …/sme-report), mirroring @ipgn/assessment's SmeReport; loaded with the
// report's first call. Programme ids are checked as strings (the dated list of programmes may grow).

const programmeId = domainString<SupportProgramme['id']>();

const nextStep = z.looseObject({
  id: z.string(),
  title: bilingualSchema,
  thisMonth: bilingualSchema,
  cost: bilingualSchema,
  because: z.array(z.string()),
  freeHelp: z.array(programmeId),
});

export const smeReportSchema: z.ZodMiniType<SmeReport> = z.looseObject({
  bankVersion: z.string(),
  strengths: z.array(
    z.looseObject({
      questionId: z.string(),
      kind: z.enum(['own-words', 'strength-kind', 'good-practice']),
      text: bilingualSchema,
    }),
  ),
  exposures: z.array(
    z.looseObject({
      id: z.string(),
      severity: z.literal([1, 2, 3]),
      title: bilingualSchema,
      why: bilingualSchema,
      questionIds: z.array(z.string()),
    }),
  ),
  nextSteps: z.tuple([nextStep, nextStep, nextStep]),
  support: z.looseObject({
    prefecture: z.nullable(z.string()),
    asOf: z.string(),
    contacts: z.array(
      z.looseObject({
        programmeId,
        name: bilingualSchema,
        runBy: bilingualSchema,
        offers: bilingualSchema,
        url: z.nullable(z.string()),
        urlIsForPrefecture: z.boolean(),
        nationalPhone: z.nullable(z.string()),
        sources: z.array(z.looseObject({ url: z.string(), title: z.string(), checkedOn: z.string() })),
      }),
    ),
  }),
});
