import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

export function useDisclosure(orgId: string, id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: disclosureQueryKeys.one(orgId, id),
    queryFn: () => disclosuresApi.get(client, orgId, id),
    staleTime: Infinity,
  });
}
