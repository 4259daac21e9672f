import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';

/** One of the investor's own checks (a stored judgement never changes). */
export function useDisclosureCheck(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: disclosureQueryKeys.check(id),
    queryFn: () => disclosureChecksApi.get(client, id),
    staleTime: Infinity,
  });
}
