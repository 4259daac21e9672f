import type { CurrentUser, MembershipSummary } from '@ipgn/contracts';

/** The organization an accepted invitation led into: the new membership, else the one with the invited name. */
export function joinedOrganizationId(
  before: MembershipSummary[],
  after: CurrentUser,
  organizationName: string,
): string | null {
  const known = new Set(before.map((m) => m.organizationId));
  const added = after.memberships.find((m) => !known.has(m.organizationId));
  if (added) return added.organizationId;
  return (
    after.memberships.find((m) => m.organizationName === organizationName)?.organizationId ?? after.lastOrganizationId
  );
}
