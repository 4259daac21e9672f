import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

export function useAssessments(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: assessmentQueryKeys.list(orgId), queryFn: () => assessmentApi.list(client, orgId) });
}
