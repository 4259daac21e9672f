import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import type { CompanyFilters } from '../api/public-api-types';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

export function usePublicCompanies(filters: CompanyFilters) {
  const client = useApiClient();
  return useQuery({ queryKey: publicQueryKeys.companies(filters), queryFn: () => publicDisclosuresApi.companies(client, filters) });
}
