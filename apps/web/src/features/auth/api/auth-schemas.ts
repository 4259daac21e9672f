import * as z from 'zod/mini';
import { ACCOUNT_TYPES, LOCALES, ORGANIZATION_ROLES, type CurrentUser } from '@ipgn/contracts';

// Runtime schema of the signed-in user (GET/PATCH /api/auth/me, sign-up, sign-in, accepting an invitation), loaded
// beside the first request so zod stays out of the first load.

export const currentUserSchema: z.ZodMiniType<CurrentUser> = z.looseObject({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES),
  accountType: z.enum(ACCOUNT_TYPES),
  memberships: z.array(
    z.looseObject({
      organizationId: z.string(),
      organizationName: z.string(),
      slug: z.string(),
      role: z.enum(ORGANIZATION_ROLES),
    }),
  ),
  lastOrganizationId: z.nullable(z.string()),
});
