import { useQuery } from '@tanstack/react-query';
import type { DisclosureCompareOrder } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

/** Two scored texts compared: older left by the documents' periods (`document`), or as in the address (`given`, after a swap). */
export function useDisclosureComparison(
  orgId: string,
  fromId: string,
  toId: string,
  order: DisclosureCompareOrder = 'document',
) {
  const client = useApiClient();
  return useQuery({
    queryKey: disclosureQueryKeys.comparison(orgId, fromId, toId, order),
    queryFn: () => disclosuresApi.compare(client, orgId, fromId, toId, order),
    staleTime: Infinity,
  });
}
