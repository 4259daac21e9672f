import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { benchmarkApi, benchmarkKeys } from '../api/benchmark-api';

export function useBenchmarkParticipation(orgId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: benchmarkKeys.participation(orgId),
    queryFn: () => benchmarkApi.participation(client, orgId),
  });
}

export function useSetBenchmarkParticipation(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (optedIn: boolean) => benchmarkApi.setParticipation(client, orgId, optedIn),
    onSuccess: async (view) => {
      queryClient.setQueryData(benchmarkKeys.participation(orgId), view);
      // "Where we stand" depends on taking part; the audit trail records the switch.
      await queryClient.invalidateQueries({ queryKey: benchmarkKeys.all(orgId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
