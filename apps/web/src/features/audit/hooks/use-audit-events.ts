import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { auditApi } from '../api/audit-api';

export function useAuditEvents(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.audit(orgId), queryFn: () => auditApi.list(client, orgId) });
}
