import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { auditApi } from '../api/audit-api';

/** The organization's audit trail, page by page (newest first). */
export function useAuditEvents(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(queryKeys.audit(orgId), (offset) => auditApi.list(client, orgId, offset));
}
