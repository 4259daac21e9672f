import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

/** One workshop; `pollMs` refreshes it for viewers who cannot follow the live stream. */
export function useWorkshop(orgId: string, id: string, pollMs?: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: workshopQueryKeys.detail(orgId, id),
    queryFn: () => workshopsApi.get(client, orgId, id),
    refetchInterval: pollMs,
  });
}
