import type { CreateOrganizationRequest, OrganizationProfile, UpdateOrganizationRequest } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const organizationApi = {
  get: (client: ApiClient, orgId: string) =>
    client.getUnchecked<OrganizationProfile>(`/api/orgs/${encodeURIComponent(orgId)}`),
  update: (client: ApiClient, orgId: string, body: UpdateOrganizationRequest) =>
    client.sendUnchecked<OrganizationProfile>('PATCH', `/api/orgs/${encodeURIComponent(orgId)}`, body),
  create: (client: ApiClient, body: CreateOrganizationRequest) =>
    client.sendUnchecked<OrganizationProfile>('POST', '/api/organizations', body),
};
