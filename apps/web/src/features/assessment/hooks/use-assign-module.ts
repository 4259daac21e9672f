import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';
import type { AssessmentDetail } from '@ipgn/assessment';

export function useAssignModule(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, userId }: { moduleId: string; userId: string | null }) =>
      assessmentApi.assign(client, orgId, id, moduleId, userId),
    onSuccess: (assignments) => {
      queryClient.setQueryData<AssessmentDetail>(assessmentQueryKeys.detail(orgId, id), (old) =>
        old ? { ...old, assignments } : old,
      );
    },
  });
}
