import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi, type Planning } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

/** Targets, scope and notes of a round; saving refreshes the results (scores leave out what is out of scope). */
export function usePlanning(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: assessmentQueryKeys.planning(orgId, id),
    queryFn: () => assessmentApi.planning(client, orgId, id),
  });
  const save = useMutation({
    mutationFn: (planning: Planning) => assessmentApi.savePlanning(client, orgId, id, planning),
    onSuccess: (planning) => {
      queryClient.setQueryData(assessmentQueryKeys.planning(orgId, id), planning);
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.results(orgId, id) });
    },
  });
  return { query, save };
}
