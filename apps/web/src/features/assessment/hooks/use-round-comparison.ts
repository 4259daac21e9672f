import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

/** Compares a round with an earlier one; idle when there is no earlier round. */
export function useRoundComparison(orgId: string, id: string, previousId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentQueryKeys.compare(orgId, id, previousId ?? ''),
    queryFn: () => assessmentApi.compare(client, orgId, id, previousId ?? ''),
    enabled: previousId !== undefined,
  });
}
