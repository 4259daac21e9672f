import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { membersApi } from '../api/members-api';

/** The organization's members, page by page. */
export function useMembers(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(queryKeys.members(orgId), (offset) => membersApi.list(client, orgId, offset));
}
