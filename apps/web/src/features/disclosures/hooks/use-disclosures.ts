import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

export function useDisclosures(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: disclosureQueryKeys.list(orgId), queryFn: () => disclosuresApi.list(client, orgId) });
}
