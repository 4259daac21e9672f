import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';

/** The investor's own checks, newest first, page by page; `enabled` is false for accounts that have none. */
export function useDisclosureChecks(enabled: boolean) {
  const client = useApiClient();
  return usePagedQuery(disclosureQueryKeys.checkList, (offset) => disclosureChecksApi.list(client, offset), enabled);
}
