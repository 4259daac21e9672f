import { useQuery } from '@tanstack/react-query';
import type { Track } from '@ipgn/assessment';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

/** The bank of a track; `version` reads a round answered on an earlier bank (the current one by default). */
export function useAssessmentBank(track: Track | undefined, version?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...assessmentQueryKeys.bank(track ?? 'sme'), version ?? 'current'],
    queryFn: () => assessmentApi.bank(client, track ?? 'sme', version),
    enabled: track !== undefined,
    staleTime: Infinity,
  });
}
