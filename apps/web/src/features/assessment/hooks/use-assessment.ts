import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

export function useAssessment(orgId: string, id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentQueryKeys.detail(orgId, id),
    queryFn: () => assessmentApi.get(client, orgId, id),
  });
}
