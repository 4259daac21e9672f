import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** The signed-in investor's followed companies and updates (`enabled` false for anyone else). */
export function useInvestorUpdates(enabled = true) {
  const client = useApiClient();
  return useQuery({ queryKey: publicQueryKeys.updates, queryFn: () => publicDisclosuresApi.updates(client), enabled });
}
