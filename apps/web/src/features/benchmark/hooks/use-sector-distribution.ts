import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { benchmarkApi, benchmarkKeys } from '../api/benchmark-api';

export function useSectorDistribution(industry: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: benchmarkKeys.sector(industry),
    queryFn: () => benchmarkApi.sectorDistribution(client, industry),
  });
}
