import type { CompanySize, ListingStatus } from '../organizations/organization-profile';
import type { AccountType, OrganizationRole } from '../permissions/roles';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface SignupRequest {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
  accountType?: AccountType;
  /** A company account creates its first organization with this legal name (JA); omit it to join by invitation. */
  organizationName?: string;
  /**
   * The new organization's market and size (only with `organizationName`): they set its track (the listed-company or
   * SME assessment, the draft suggested first). Omitted, an organization starts unlisted and SME, as before.
   */
  listingStatus?: ListingStatus;
  companySize?: CompanySize;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

export interface UpdateMeRequest {
  displayName?: string;
  locale?: Locale;
}

export interface MembershipSummary {
  organizationId: string;
  organizationName: string;
  slug: string;
  role: OrganizationRole;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  accountType: AccountType;
  memberships: MembershipSummary[];
  /** The organization the user worked in last; the web app opens it after sign-in. */
  lastOrganizationId: string | null;
}

export interface CsrfTokenResponse {
  csrfToken: string;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
