import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

export function usePublicPublication(slug: string, id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: publicQueryKeys.publication(slug, id),
    queryFn: () => publicDisclosuresApi.publication(client, slug, id),
  });
}
