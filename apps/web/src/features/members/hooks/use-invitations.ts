import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { membersApi } from '../api/members-api';

/** The organization's invitations, page by page (newest first). */
export function useInvitations(orgId: string, enabled: boolean) {
  const client = useApiClient();
  return usePagedQuery(
    queryKeys.invitations(orgId),
    (offset) => membersApi.listInvitations(client, orgId, offset),
    enabled,
  );
}
