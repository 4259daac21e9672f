import type { Locale, OrganizationRole } from '@ipgn/contracts';

/** The signed-in user as the guards attach it to the request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  accountType: 'company' | 'investor';
  sessionId: string;
  /** Read with the session in one query, so the access guard needs no second round trip per request. */
  memberships: ReadonlyArray<{ organizationId: string; role: OrganizationRole }>;
}

/** The organization a request acts in, resolved once per request from the `:orgId` route parameter. */
export interface OrganizationContext {
  organizationId: string;
  role: OrganizationRole;
}

export interface RequestWithContext {
  id?: string | number;
  user?: AuthenticatedUser;
  organizationContext?: OrganizationContext;
}
