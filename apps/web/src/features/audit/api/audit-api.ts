import type { AuditEvent } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const auditApi = {
  list: (client: ApiClient, orgId: string) => client.get<AuditEvent[]>(`/api/orgs/${encodeURIComponent(orgId)}/audit`),
};
