import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

/** Sends a round for validation (draft → in_review). */
export function useRequestValidation(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => assessmentApi.requestValidation(client, orgId, id),
    onSuccess: (detail) => {
      queryClient.setQueryData(assessmentQueryKeys.detail(orgId, id), detail);
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.list(orgId) });
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.results(orgId, id) });
    },
  });
}
