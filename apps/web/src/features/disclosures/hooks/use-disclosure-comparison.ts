import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

export function useDisclosureComparison(orgId: string, fromId: string, toId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: disclosureQueryKeys.comparison(orgId, fromId, toId),
    queryFn: () => disclosuresApi.compare(client, orgId, fromId, toId),
    staleTime: Infinity,
  });
}
