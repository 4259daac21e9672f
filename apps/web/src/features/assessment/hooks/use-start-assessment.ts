import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Track } from '@ipgn/assessment';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

export function useStartAssessment(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (track: Track) => assessmentApi.start(client, orgId, track),
    onSuccess: (detail) => {
      queryClient.setQueryData(assessmentQueryKeys.detail(orgId, detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.list(orgId) });
    },
  });
}
