import type { CreateOrganizationRequest, UpdateOrganizationRequest } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schema: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./organization-schemas'));

export const organizationApi = {
  get: (client: ApiClient, orgId: string) =>
    client.get(`/api/orgs/${encodeURIComponent(orgId)}`, schema('organizationProfileSchema')),
  update: (client: ApiClient, orgId: string, body: UpdateOrganizationRequest) =>
    client.patch(`/api/orgs/${encodeURIComponent(orgId)}`, body, schema('organizationProfileSchema')),
  create: (client: ApiClient, body: CreateOrganizationRequest) =>
    client.post('/api/organizations', body, schema('organizationProfileSchema')),
};
