import type { AuditEvent, Page } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const auditApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.getUnchecked<Page<AuditEvent>>(`/api/orgs/${encodeURIComponent(orgId)}/audit?offset=${offset}`),
};
