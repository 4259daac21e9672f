import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

export function usePublicCompany(slug: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: publicQueryKeys.company(slug),
    queryFn: () => publicDisclosuresApi.company(client, slug),
  });
}
