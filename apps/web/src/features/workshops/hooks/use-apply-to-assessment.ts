import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { workshopsApi } from '../api/workshops-api';

export function useApplyToAssessment(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assessmentId: string) => workshopsApi.applyToAssessment(client, orgId, id, assessmentId),
    onSuccess: (applied) =>
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'assessments', applied.assessmentId] }),
  });
}
