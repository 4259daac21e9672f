import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { benchmarkApi, benchmarkKeys } from '../api/benchmark-api';

export function useBenchmarkStanding(orgId: string, assessmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: benchmarkKeys.standing(orgId, assessmentId),
    queryFn: () => benchmarkApi.standing(client, orgId, assessmentId),
  });
}
