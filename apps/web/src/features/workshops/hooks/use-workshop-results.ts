import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

/** Distributions and perception gaps; the previous numbers stay on screen while new ones load (no flicker). */
export function useWorkshopResults(orgId: string, id: string, pollMs?: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: workshopQueryKeys.results(orgId, id),
    queryFn: () => workshopsApi.results(client, orgId, id),
    placeholderData: keepPreviousData,
    refetchInterval: pollMs,
  });
}
