import { useQuery } from '@tanstack/react-query';
import type { DisclosureCompareOrder } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

/** Whose judgements are compared: an organization's saved ones (`orgId`) or the signed-in investor's own checks (null). */
export type ComparisonOwner = { orgId: string } | null;

/** Two scored texts compared: older left by the documents' periods (`document`), or as in the address (`given`, after a swap). */
export function useDisclosureComparison(
  owner: ComparisonOwner,
  fromId: string,
  toId: string,
  order: DisclosureCompareOrder = 'document',
) {
  const client = useApiClient();
  return useQuery({
    queryKey: owner
      ? disclosureQueryKeys.comparison(owner.orgId, fromId, toId, order)
      : disclosureQueryKeys.checkComparison(fromId, toId, order),
    queryFn: () =>
      owner
        ? disclosuresApi.compare(client, owner.orgId, fromId, toId, order)
        : disclosureChecksApi.compare(client, fromId, toId, order),
    staleTime: Infinity,
  });
}
