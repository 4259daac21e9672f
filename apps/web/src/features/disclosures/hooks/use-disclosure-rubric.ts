import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';

/** The rubric (criteria with their level descriptions, guidance headings); it changes only with a release. */
export function useDisclosureRubric() {
  const client = useApiClient();
  return useQuery({
    queryKey: disclosureQueryKeys.rubric,
    queryFn: () => disclosuresApi.rubric(client),
    staleTime: Infinity,
  });
}
