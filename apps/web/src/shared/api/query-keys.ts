/** Every TanStack Query key in one place, so invalidation stays consistent. */
export const queryKeys = {
  currentUser: ['auth', 'me'] as const,
  organization: (orgId: string) => ['orgs', orgId, 'profile'] as const,
  members: (orgId: string) => ['orgs', orgId, 'members'] as const,
  notifications: (orgId: string) => ['orgs', orgId, 'notifications'] as const,
  invitations: (orgId: string) => ['orgs', orgId, 'invitations'] as const,
  audit: (orgId: string) => ['orgs', orgId, 'audit'] as const,
  invitationPreview: (token: string) => ['invitations', token] as const,
};
