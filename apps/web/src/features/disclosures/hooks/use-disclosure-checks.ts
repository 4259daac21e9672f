import type { DisclosureListSort } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';

/**
 * The investor's own checks, page by page, in the order the API sorts them (`sort`); `enabled` is false for accounts
 * that have none. While another order loads, the previous one stays on screen (the sort select keeps its focus).
 */
export function useDisclosureChecks(enabled: boolean, sort: DisclosureListSort = 'newest') {
  const client = useApiClient();
  return usePagedQuery(
    disclosureQueryKeys.checkListIn(sort),
    (offset) => disclosureChecksApi.list(client, sort, offset),
    enabled,
    { keepPreviousWhen: (key) => disclosureQueryKeys.checkList.every((part, i) => key[i] === part) },
  );
}
