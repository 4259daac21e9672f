import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** "I have seen these": the investor's updates stop counting as new. */
export function useMarkUpdatesSeen() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publicDisclosuresApi.markSeen(client),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: publicQueryKeys.updates }),
  });
}
