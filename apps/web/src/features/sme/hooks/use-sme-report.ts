import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { smeApi } from '../api/sme-api';

export function useSmeReport(orgId: string, id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({ queryKey: ['sme-report', orgId, id], queryFn: () => smeApi.report(client, orgId, id), enabled });
}
