/** Roles a member can hold inside one company organization. */
export const ORGANIZATION_ROLES = ['owner', 'admin', 'contributor', 'reviewer', 'advisor', 'viewer'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/**
 * Kinds of account. A `company` account works inside organizations; an `investor` account belongs to no
 * company organization and only reads what companies publish.
 */
export const ACCOUNT_TYPES = ['company', 'investor'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export function isOrganizationRole(value: unknown): value is OrganizationRole {
  return typeof value === 'string' && (ORGANIZATION_ROLES as readonly string[]).includes(value);
}
