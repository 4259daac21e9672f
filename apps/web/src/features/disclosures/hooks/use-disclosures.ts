import type { DisclosureListSort } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

/**
 * The organization's scored disclosure texts, page by page, in the order the API sorts them (`sort`). While another
 * order of the same organization's history loads, the previous one stays on screen (the sort select keeps its focus).
 */
export function useDisclosures(orgId: string, sort: DisclosureListSort) {
  const client = useApiClient();
  return usePagedQuery(
    disclosureQueryKeys.list(orgId, sort),
    (offset) => disclosuresApi.list(client, orgId, sort, offset),
    true,
    { keepPreviousWhen: (key) => disclosureQueryKeys.lists(orgId).every((part, i) => key[i] === part) },
  );
}
