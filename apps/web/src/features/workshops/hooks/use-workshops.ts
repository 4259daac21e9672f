import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

export function useWorkshops(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: workshopQueryKeys.list(orgId), queryFn: () => workshopsApi.list(client, orgId) });
}
