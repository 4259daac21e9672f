import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { dialogueApi } from '../api/dialogue-api';
import { dialogueQueryKeys } from '../api/dialogue-query-keys';

/** How many investor questions wait for an answer (read again every few minutes while the app is open). */
export function useQuestionsSummary(orgId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: dialogueQueryKeys.summary(orgId),
    queryFn: () => dialogueApi.summary(client, orgId),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}
