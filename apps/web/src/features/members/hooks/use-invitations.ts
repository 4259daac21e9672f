import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { membersApi } from '../api/members-api';

export function useInvitations(orgId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: () => membersApi.listInvitations(client, orgId),
    enabled,
  });
}
