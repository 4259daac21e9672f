import type { CreateInvitationRequest, UpdateMemberRequest } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./member-schemas'));

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const membersApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`${org(orgId)}/members?offset=${offset}`, schema('memberPageSchema')),
  updateRole: (client: ApiClient, orgId: string, userId: string, body: UpdateMemberRequest) =>
    client.patch(`${org(orgId)}/members/${encodeURIComponent(userId)}`, body, schema('memberSchema')),
  remove: (client: ApiClient, orgId: string, userId: string) =>
    client.delete(`${org(orgId)}/members/${encodeURIComponent(userId)}`),
  listInvitations: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`${org(orgId)}/invitations?offset=${offset}`, schema('invitationPageSchema')),
  invite: (client: ApiClient, orgId: string, body: CreateInvitationRequest) =>
    client.post(`${org(orgId)}/invitations`, body, schema('createdInvitationSchema')),
  revokeInvitation: (client: ApiClient, orgId: string, invitationId: string) =>
    client.delete(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`),
};
