import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { organizationApi } from '../api/organization-api';

export function useOrganization(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.organization(orgId), queryFn: () => organizationApi.get(client, orgId) });
}
