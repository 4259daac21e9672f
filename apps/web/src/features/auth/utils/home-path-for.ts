import type { CurrentUser } from '@ipgn/contracts';

/** Where a signed-in user starts: investors on their page, company users in their last organization. */
export function homePathFor(user: CurrentUser): string {
  if (user.accountType === 'investor') return '/investor';
  if (user.memberships.length === 0) return '/organizations/new';
  const last = user.memberships.find((m) => m.organizationId === user.lastOrganizationId);
  return `/o/${(last ?? user.memberships[0]).organizationId}`;
}
