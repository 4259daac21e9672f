import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { membersApi } from '../api/members-api';

export function useMembers(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.members(orgId), queryFn: () => membersApi.list(client, orgId) });
}
