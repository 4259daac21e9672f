import { useQuery } from '@tanstack/react-query';
import type { Track } from '@ipgn/assessment';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

export function useAssessmentBank(track: Track | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentQueryKeys.bank(track ?? 'sme'),
    queryFn: () => assessmentApi.bank(client, track ?? 'sme'),
    enabled: track !== undefined,
    staleTime: Infinity,
  });
}
