import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

/** The organization's scored disclosure texts, page by page (newest first). */
export function useDisclosures(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(disclosureQueryKeys.list(orgId), (offset) => disclosuresApi.list(client, orgId, offset));
}
