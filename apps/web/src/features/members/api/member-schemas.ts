import * as z from 'zod/mini';
import { ORGANIZATION_ROLES, type CreatedInvitation, type Invitation, type Member } from '@ipgn/contracts';
import { pageSchema, personRefSchema } from '../../../shared/api/schemas/common-schemas';

// Runtime schemas of the members and invitations answers, loaded with the members page's first call.

const role = z.enum(ORGANIZATION_ROLES);

export const memberSchema: z.ZodMiniType<Member> = z.looseObject({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role,
  joinedAt: z.string(),
});
export const memberPageSchema = pageSchema(memberSchema);

const invitationShape = {
  id: z.string(),
  email: z.string(),
  role,
  invitedBy: z.nullable(personRefSchema),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
};
export const invitationPageSchema = pageSchema<Invitation>(z.looseObject(invitationShape));

export const createdInvitationSchema: z.ZodMiniType<CreatedInvitation> = z.looseObject({
  ...invitationShape,
  acceptUrl: z.string(),
});
