import * as z from 'zod/mini';
import type { AuditEvent } from '@ipgn/contracts';
import { pageSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';

// Runtime schema of the audit log's answer, loaded with the audit page's first call.

const targetRef = z.union([
  z.looseObject({ kind: z.literal('assessment'), round: z.number(), track: z.string() }),
  z.looseObject({ kind: z.literal('workshop'), title: z.string() }),
  z.looseObject({ kind: z.literal('question'), publicationTitle: z.string() }),
]);

export const auditEventSchema: z.ZodMiniType<AuditEvent> = z.looseObject({
  id: z.string(),
  action: z.string(),
  actor: z.nullable(personRefSchema),
  target: z.nullable(z.string()),
  targetRef: z.nullable(targetRef),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const auditPageSchema = pageSchema(auditEventSchema);
