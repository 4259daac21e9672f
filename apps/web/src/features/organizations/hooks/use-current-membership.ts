import { useCallback } from 'react';
import { useParams } from 'react-router';
import { roleHasPermission, type MembershipSummary, type Permission } from '@ipgn/contracts';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

export interface CurrentMembership {
  orgId: string;
  membership: MembershipSummary | undefined;
  /** Whether the user's role in this organization holds a permission (the API checks again). */
  can: (permission: Permission) => boolean;
}

/** The signed-in user's membership in the organization named by the route (`/o/:orgId/...`). */
export function useCurrentMembership(): CurrentMembership {
  const { orgId = '' } = useParams();
  const me = useCurrentUser();
  const membership = me.data?.memberships.find((m) => m.organizationId === orgId);
  const can = useCallback(
    (permission: Permission) => (membership ? roleHasPermission(membership.role, permission) : false),
    [membership],
  );
  return { orgId, membership, can };
}
