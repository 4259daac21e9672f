import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answer's schema: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./audit-schemas'));

export const auditApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`/api/orgs/${encodeURIComponent(orgId)}/audit?offset=${offset}`, schema('auditPageSchema')),
};
