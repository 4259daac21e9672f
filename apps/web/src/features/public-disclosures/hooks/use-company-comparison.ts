import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** 2–4 companies side by side; not requested for any other count. */
export function useCompanyComparison(slugs: readonly string[]) {
  const client = useApiClient();
  return useQuery({
    queryKey: publicQueryKeys.compare(slugs),
    queryFn: () => publicDisclosuresApi.compare(client, slugs),
    enabled: slugs.length >= 2 && slugs.length <= 4,
  });
}
