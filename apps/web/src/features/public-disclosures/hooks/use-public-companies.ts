import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import type { CompanyFilters } from '../api/public-api-types';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** The companies with published disclosures that match the filters (searched on the server), page by page. */
export function usePublicCompanies(filters: CompanyFilters) {
  const client = useApiClient();
  return usePagedQuery(publicQueryKeys.companies(filters), (offset) =>
    publicDisclosuresApi.companies(client, filters, offset),
  );
}
