import * as z from 'zod/mini';
import { ORGANIZATION_ROLES, type InvitationPreview } from '@ipgn/contracts';

// Runtime schema of an invitation as the invitee sees it (public, by token); accepting answers with the signed-in
// user, checked by the auth feature's schema.
export { currentUserSchema } from '../../auth/api/auth-schemas';

export const invitationPreviewSchema: z.ZodMiniType<InvitationPreview> = z.looseObject({
  organizationName: z.string(),
  email: z.string(),
  role: z.enum(ORGANIZATION_ROLES),
  expiresAt: z.string(),
});
